// One level of a lineage walk downwards: what implements or cites each frontier node,
// and where a frontier node was assigned to (organizations, localities).
// The caller walks level by level over distinct nodes (graph/lineage.py).
// A Document comes without its text (GET /documents/{key} serves it).
// @mode read
// @param keys: keys of the frontier nodes
UNWIND $keys AS parent
MATCH (p:Entity {key: parent})<-[r:IMPLEMENTS|CITES]-(c:Entity)
RETURN parent, type(r) AS type, 'in' AS direction, properties(r) AS edge,
       c.key AS key, [l IN labels(c) WHERE l <> 'Entity'] AS labels,
       CASE WHEN 'Document' IN labels(c)
         THEN {key: c.key, title: c.title, published: c.published, source: c.source}
         ELSE properties(c) END AS node
UNION ALL
UNWIND $keys AS parent
MATCH (p:Entity {key: parent})-[r:ASSIGNED_TO]->(c:Entity)
RETURN parent, type(r) AS type, 'out' AS direction, properties(r) AS edge,
       c.key AS key, [l IN labels(c) WHERE l <> 'Entity'] AS labels,
       CASE WHEN 'Document' IN labels(c)
         THEN {key: c.key, title: c.title, published: c.published, source: c.source}
         ELSE properties(c) END AS node
