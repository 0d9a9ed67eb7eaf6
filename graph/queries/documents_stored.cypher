// Documents as they were stored (text, title, date, source), to load them again from the graph.
// @mode read
// @param keys: document keys
UNWIND $keys AS k
MATCH (d:Entity {key: k})
WHERE d:Document
RETURN d.key AS key, d.text AS text, d.title AS title, d.published AS published, d.source AS source,
       d.published_from AS published_from
ORDER BY key
