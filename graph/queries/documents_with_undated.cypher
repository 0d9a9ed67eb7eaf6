// Documents that refer to one of the given symbol keys without a date (their stored text, to
// resolve them again once a dated document with that symbol is known). Such a document mentions
// a resolution with that symbol key (the one it was linked to, or the bare symbol), so the lookup
// goes through the symbol_key index, not over every document.
// @mode read
// @param symbols: symbol keys, e.g. 57-NQ/TW or 05-CT/TU@nghe-an
UNWIND $symbols AS s
MATCH (:Resolution {symbol_key: s})-[:MENTIONED_IN]->(d:Document)
WHERE s IN coalesce(d.undated, [])
RETURN DISTINCT d.key AS key, d.text AS text, d.title AS title, d.published AS published, d.source AS source
ORDER BY key
