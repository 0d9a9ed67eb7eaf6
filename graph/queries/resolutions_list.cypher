// Resolutions filtered by kind, issuer, level, issue date range and folded text; one page in key order.
// @mode read
// @param kind: NQ, QĐ, KH ... or null
// @param issuer: issuer code (TW, TU, CP ...) or part of the issuer's name, or null
// @param level: central, provincial, district, commune, or null
// @param date_from: earliest issued_on (ISO, inclusive) or null
// @param date_to: latest issued_on (ISO, inclusive) or null
// @param text: folded text the key or title must contain, or null
// @param skip: rows to skip
// @param limit: rows to return
MATCH (n:Resolution)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($issuer IS NULL OR n.issuer_code = $issuer OR toLower(n.issuer) CONTAINS toLower($issuer))
  AND ($level IS NULL OR n.level = $level)
  AND ($date_from IS NULL OR n.issued_on >= $date_from)
  AND ($date_to IS NULL OR n.issued_on <= $date_to)
  AND ($text IS NULL OR n.name_norm CONTAINS $text)
RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS properties
ORDER BY key
SKIP $skip
LIMIT $limit
