// Resolutions filtered by kind, issuer, level, issue date range and folded text; one page in key order.
// @mode read
// @param kinds: kinds as stored (NQ, QĐ, KH ...; the API folds the filter to find them), or null
// @param issuers: issuer names as stored that the filter names or is part of, or null
// @param issuer_codes: issuer codes as stored (TW, TU, CP ...) the filter names, or null
// @param level: central, provincial, district, commune, or null
// @param date_from: earliest issued_on (ISO, inclusive) or null
// @param date_to: latest issued_on (ISO, inclusive) or null
// @param text: folded text the key or title must contain, or null
// @param skip: rows to skip
// @param limit: rows to return
MATCH (n:Resolution)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($issuers IS NULL OR n.issuer IN $issuers OR n.issuer_code IN $issuer_codes)
  AND ($level IS NULL OR n.level = $level)
  AND ($date_from IS NULL OR n.issued_on >= $date_from)
  AND ($date_to IS NULL OR n.issued_on <= $date_to)
  AND ($text IS NULL OR n.name_norm CONTAINS $text)
RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS properties
ORDER BY key
SKIP $skip
LIMIT $limit
