// A fresh version token, run inside every write transaction so that readers see the new
// data and the new token together. A random token never repeats, even after delete_all
// removed the node that held the last one.
// @mode write
MERGE (v:GraphVersion {key: 'graph'})
SET v.token = randomUUID()
