// Delete the relationships of the given nodes that no document supports any more.
// @mode write
// @param keys: keys of the nodes whose outgoing relationships to check
UNWIND $keys AS k
MATCH (n:Entity {key: k})-[r]->()
WHERE r.docs = []
DELETE r
RETURN count(r) AS count
