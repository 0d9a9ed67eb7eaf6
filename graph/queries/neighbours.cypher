// The relationships of one node, both directions, with the node at the other end.
// A Document comes without its text (GET /documents/{key} serves it): a node can have many.
// @mode read
// @param key: the node's key
// @param limit: most rows to return
MATCH (n:Entity {key: $key})-[r]-(m:Entity)
RETURN type(r) AS type, startNode(r) = n AS outgoing, properties(r) AS properties,
       m.key AS key, [l IN labels(m) WHERE l <> 'Entity'] AS labels,
       CASE WHEN 'Document' IN labels(m)
         THEN {key: m.key, title: m.title, published: m.published, source: m.source}
         ELSE properties(m) END AS node
ORDER BY type, key
LIMIT $limit
