// Title, date and source of documents, by key (to show evidence with its document).
// @mode read
// @param keys: document keys
UNWIND $keys AS k
MATCH (d:Entity {key: k})
WHERE d:Document
RETURN d.key AS key, d.title AS title, d.published AS published, d.source AS source
