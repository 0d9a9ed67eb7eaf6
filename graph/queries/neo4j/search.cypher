// Accent-insensitive search over every entity's folded name_norm (Neo4j full-text, all terms required).
// @mode read
// @param terms: folded alphanumeric terms; the last may end in * (prefix)
// @param limit: most results
WITH reduce(acc = '', t IN $terms | acc + CASE acc WHEN '' THEN '' ELSE ' AND ' END + t) AS text
CALL db.index.fulltext.queryNodes('entity_search', text) YIELD node, score
RETURN node.key AS key, [l IN labels(node) WHERE l <> 'Entity'] AS labels,
       coalesce(node.name, node.title, node.body, node.key) AS name, score
ORDER BY score DESC, key
LIMIT $limit
