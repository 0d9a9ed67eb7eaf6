// Meetings filtered by body (folded text), province and date range; one page, newest first.
// @mode read
// @param body: folded text the body must contain, or null
// @param provinces: province names as stored (the API folds the filter to find them), or null
// @param date_from: earliest date (ISO, inclusive) or null
// @param date_to: latest date (ISO, inclusive) or null
// @param skip: rows to skip
// @param limit: rows to return
MATCH (n:Meeting)
WHERE ($body IS NULL OR n.name_norm CONTAINS $body)
  AND ($provinces IS NULL OR n.province IN $provinces)
  AND ($date_from IS NULL OR n.date >= $date_from)
  AND ($date_to IS NULL OR n.date <= $date_to)
RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS properties
ORDER BY n.date DESC, key
SKIP $skip
LIMIT $limit
