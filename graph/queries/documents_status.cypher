// Which documents are already in the graph, by content key or by path, and whether fully loaded.
// @mode read
// @param keys: document keys (content hashes)
// @param paths: source paths
UNWIND $keys AS k
MATCH (d:Entity {key: k})
WHERE d:Document
RETURN d.key AS key, d.path AS path, coalesce(d.complete, false) AS complete
UNION
UNWIND $paths AS p
MATCH (d:Document {path: p})
RETURN d.key AS key, d.path AS path, coalesce(d.complete, false) AS complete
