// Delete a document node and its remaining relationships.
// Returns what went as `changes` (removed; the change log, graph/changes.py).
// @mode write
// @changes
// @param key: the document key
MATCH (d:Entity {key: $key})
WHERE d:Document
OPTIONAL MATCH (d)-[r]-()
WITH d, collect(CASE WHEN r IS NULL THEN null
                     ELSE {op: 'removed', kind: 'relationship', type: type(r), source: startNode(r).key,
                           target: endNode(r).key, id: r.id, doc: $key} END) AS edges
WITH d, edges + [{op: 'removed', kind: 'node', key: d.key, label: 'Document', doc: $key}] AS changes
DETACH DELETE d
WITH collect(changes) AS removed
// a relationship between two nodes deleted here is listed by both: once in the changes
RETURN size(removed) AS count, reduce(acc = [], c IN removed | acc + [x IN c WHERE NOT x IN acc]) AS changes
