// Delete one node and its relationships (the absorbed side of a merge, once its edges were moved).
// Returns what went as `changes` (removed; the change log, graph/changes.py).
// @mode write
// @changes
// @param key: the node key
// @param doc: the correction that caused it (curation:<id>)
MATCH (n:Entity {key: $key})
WHERE NOT n:Document
OPTIONAL MATCH (n)-[r]-()
WITH n, collect(CASE WHEN r IS NULL THEN null
                     ELSE {op: 'removed', kind: 'relationship', type: type(r), source: startNode(r).key,
                           target: endNode(r).key, id: r.id, doc: $doc} END) AS edges
WITH n, edges + [{op: 'removed', kind: 'node', key: n.key, label: head([l IN labels(n) WHERE l <> 'Entity']),
                  doc: $doc}] AS changes
DETACH DELETE n
WITH collect(changes) AS removed
// a relationship between two nodes deleted here is listed by both: once in the changes
RETURN size(removed) AS count, reduce(acc = [], c IN removed | acc + [x IN c WHERE NOT x IN acc]) AS changes
