// Delete one node and its relationships (the absorbed side of a merge, once its edges were moved).
// @mode write
// @param key: the node key
MATCH (n:Entity {key: $key})
WHERE NOT n:Document
DETACH DELETE n
RETURN count(*) AS count
