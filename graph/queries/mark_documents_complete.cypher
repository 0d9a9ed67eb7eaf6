// Mark documents as fully written (a load killed before this point is redone on the next run).
// @mode write
// @param keys: document keys
UNWIND $keys AS k
MATCH (d:Entity {key: k})
WHERE d:Document
SET d.complete = true
RETURN count(d) AS count
