// Delete entities (among the given keys) that no document mentions any more, and their edges.
// Returns what went as `changes` (removed nodes and relationships; the change log, graph/changes.py).
// @mode write
// @changes
// @param keys: candidate entity keys
// @param doc: what caused it (the document unloaded or replaced)
UNWIND $keys AS k
MATCH (n:Entity {key: k})
WHERE NOT n:Document
OPTIONAL MATCH (n)-[m:MENTIONED_IN]->()
WITH n, count(m) AS mentions
WHERE mentions = 0
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
