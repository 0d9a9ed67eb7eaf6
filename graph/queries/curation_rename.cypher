// Give a node the name a curator chose (and its folded search key).
// Returns it as `changes` (replaced; the change log, graph/changes.py).
// @mode write
// @changes
// @param key: the node key
// @param name: the new display name
// @param name_norm: the folded search key that goes with it
// @param doc: the correction that caused it (curation:<id>)
MATCH (n:Entity {key: $key})
WHERE NOT n:Document
SET n.name = $name, n.name_norm = $name_norm
RETURN count(n) AS count,
       collect({op: 'replaced', kind: 'node', key: n.key, label: head([l IN labels(n) WHERE l <> 'Entity']),
                doc: $doc}) AS changes
