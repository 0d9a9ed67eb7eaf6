// Officials filtered by folded name text and province (any of the stored spellings given); one page in key order.
// @mode read
// @param text: folded text the name must contain, or null
// @param provinces: province names as stored (the API folds the filter to find them), or null
// @param skip: rows to skip
// @param limit: rows to return
MATCH (n:Official)
WHERE ($text IS NULL OR n.name_norm CONTAINS $text)
  AND ($provinces IS NULL OR n.province IN $provinces)
RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS properties
ORDER BY key
SKIP $skip
LIMIT $limit
