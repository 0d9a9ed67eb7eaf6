// Delete entities (among the given keys) that no document mentions any more, and their edges.
// @mode write
// @param keys: candidate entity keys
UNWIND $keys AS k
MATCH (n:Entity {key: k})
WHERE NOT n:Document
OPTIONAL MATCH (n)-[m:MENTIONED_IN]->()
WITH n, count(m) AS mentions
WHERE mentions = 0
DETACH DELETE n
RETURN count(*) AS count
