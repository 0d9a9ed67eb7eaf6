// Delete the relationships of one type from one node to another (a curator's drop-edge).
// @mode write
// @param source: the start node key
// @param target: the end node key
MATCH (:Entity {key: $source})-[r:__TYPE__]->(:Entity {key: $target})
DELETE r
RETURN count(*) AS count
