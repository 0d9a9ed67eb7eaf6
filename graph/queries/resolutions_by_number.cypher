// Resolutions with a given number and one of the given kinds: how people cite a document
// ("Quyết định 204", "NQ 57"), found by /search; dated ones first, newest first.
// @mode read
// @param number: the document's number as written, e.g. 204
// @param kinds: kinds it may have, e.g. ['QĐ', 'QĐi']
// @param limit: most rows
MATCH (n:Resolution)
WHERE n.number = $number AND n.kind IN $kinds
RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'] AS labels,
       coalesce(n.title, n.name, n.key) AS name, n.issued_on AS issued_on
ORDER BY issued_on IS NULL, issued_on DESC, key
LIMIT $limit
