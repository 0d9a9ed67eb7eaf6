// The other documents that mention an entity one of the given documents mentions (what an
// unload must re-read so the entities they share are described by them alone).
// @mode read
// @param keys: document keys
UNWIND $keys AS k
MATCH (d:Entity {key: k})<-[:MENTIONED_IN]-(:Entity)-[:MENTIONED_IN]->(o:Document)
WHERE d:Document AND NOT o.key IN $keys
RETURN DISTINCT o.key AS key, o.path AS path
ORDER BY key
