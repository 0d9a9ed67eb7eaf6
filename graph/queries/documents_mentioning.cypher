// The documents that mention every one of the given entities, with their source paths.
// @mode read
// @param keys: entity keys
UNWIND $keys AS k
MATCH (:Entity {key: k})-[:MENTIONED_IN]->(d:Document)
WITH d, count(DISTINCT k) AS found
WHERE found = size($keys)
RETURN d.key AS key, d.path AS path
ORDER BY key
