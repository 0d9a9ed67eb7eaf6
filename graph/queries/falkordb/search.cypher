// Accent-insensitive search over every entity's folded name_norm (FalkorDB full-text).
// The index yields matches roughly by score; the best of its first 500 are ranked, so a
// broad query ("du an") costs the same as a narrow one instead of sorting every match.
// @mode read
// @param terms: folded alphanumeric terms; the last may end in * (prefix)
// @param limit: most results
WITH reduce(acc = '', t IN $terms | acc + ' ' + t) AS text
CALL db.idx.fulltext.queryNodes('Entity', text) YIELD node, score
WITH node, score
LIMIT 500
RETURN node.key AS key, [l IN labels(node) WHERE l <> 'Entity'] AS labels,
       coalesce(node.name, node.title, node.body, node.key) AS name, score
ORDER BY score DESC, key
LIMIT $limit
