// Give a node the name a curator chose (and its folded search key).
// @mode write
// @param key: the node key
// @param name: the new display name
// @param name_norm: the folded search key that goes with it
MATCH (n:Entity {key: $key})
WHERE NOT n:Document
SET n.name = $name, n.name_norm = $name_norm
RETURN count(n) AS count
