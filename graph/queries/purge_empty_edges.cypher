// Delete the relationships of the given nodes that no document supports any more.
// Returns them as `changes` (removed; the change log, graph/changes.py).
// @mode write
// @changes
// @param keys: keys of the nodes whose outgoing relationships to check
// @param doc: what caused it (the document whose provenance went, or curation:<id>)
UNWIND $keys AS k
MATCH (n:Entity {key: k})-[r]->(m)
WHERE r.prov = []
WITH r, {op: 'removed', kind: 'relationship', type: type(r), source: n.key, target: m.key, id: r.id, doc: $doc} AS change
DELETE r
RETURN count(*) AS count, collect(change) AS changes
