// The root of a lineage walk: one node by key, with its labels (other than Entity) and properties;
// a Document comes without its text, as in the walk's steps (GET /documents/{key} serves it).
// @mode read
// @param key: the root's key
MATCH (n:Entity {key: $key})
RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'] AS labels,
       CASE WHEN 'Document' IN labels(n)
         THEN {key: n.key, title: n.title, published: n.published, source: n.source}
         ELSE properties(n) END AS properties
