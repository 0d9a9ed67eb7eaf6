// The relationships of one node, both directions, with the node at the other end.
// @mode read
// @param key: the node's key
// @param limit: most rows to return
MATCH (n:Entity {key: $key})-[r]-(m:Entity)
RETURN type(r) AS type, startNode(r) = n AS outgoing, properties(r) AS properties,
       m.key AS key, [l IN labels(m) WHERE l <> 'Entity'] AS labels, properties(m) AS node
ORDER BY type, key
LIMIT $limit
