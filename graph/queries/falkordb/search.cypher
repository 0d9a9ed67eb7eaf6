// Accent-insensitive search over every entity's folded name_norm (FalkorDB full-text).
// @mode read
// @param terms: folded alphanumeric terms; the last may end in * (prefix)
// @param limit: most results
WITH reduce(acc = '', t IN $terms | acc + ' ' + t) AS text
CALL db.idx.fulltext.queryNodes('Entity', text) YIELD node, score
RETURN node.key AS key, [l IN labels(node) WHERE l <> 'Entity'] AS labels,
       coalesce(node.name, node.title, node.body, node.key) AS name, score
ORDER BY score DESC, key
LIMIT $limit
