// Officials filtered by folded name text and province; one page in key order.
// @mode read
// @param text: folded text the name must contain, or null
// @param province: province name as stored, or null
// @param skip: rows to skip
// @param limit: rows to return
MATCH (n:Official)
WHERE ($text IS NULL OR n.name_norm CONTAINS $text)
  AND ($province IS NULL OR n.province = $province)
RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS properties
ORDER BY key
SKIP $skip
LIMIT $limit
