// Every relationship, a page at a time, in a stable order (for dg export).
// @mode read
// @param skip: rows to skip
// @param limit: rows to return
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.key AS source, type(r) AS type, b.key AS target, properties(r) AS properties
ORDER BY source, type, target, coalesce(r.id, '')
SKIP $skip
LIMIT $limit
