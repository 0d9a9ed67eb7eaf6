// Node counts per label and relationship counts per type.
// @mode read
MATCH (n:Entity)
UNWIND labels(n) AS name
WITH name WHERE name <> 'Entity'
RETURN 'node' AS kind, name, count(*) AS count
UNION ALL
MATCH ()-[r]->()
RETURN 'edge' AS kind, type(r) AS name, count(*) AS count
