// One level of a neighbourhood walk: every relationship of each frontier node, both directions.
// A Document comes without its text (GET /documents/{key} serves it): a node can have many.
// @mode read
// @param keys: keys of the frontier nodes
// @param limit: most rows
UNWIND $keys AS parent
MATCH (p:Entity {key: parent})-[r]-(c:Entity)
RETURN parent, type(r) AS type, startNode(r).key AS source, endNode(r).key AS target, properties(r) AS edge,
       c.key AS key, [l IN labels(c) WHERE l <> 'Entity'] AS labels,
       CASE WHEN 'Document' IN labels(c)
         THEN {key: c.key, title: c.title, published: c.published, source: c.source}
         ELSE properties(c) END AS node
ORDER BY parent, type, key
LIMIT $limit
