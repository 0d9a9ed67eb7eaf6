// Every node, a page at a time, in key order (for dg export).
// @mode read
// @param skip: rows to skip
// @param limit: rows to return
MATCH (n:Entity)
RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS properties
ORDER BY key
SKIP $skip
LIMIT $limit
