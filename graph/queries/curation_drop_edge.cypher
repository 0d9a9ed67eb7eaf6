// Delete the relationships of one type from one node to another (a curator's drop-edge).
// Returns them as `changes` (removed; the change log, graph/changes.py).
// @mode write
// @changes
// @param source: the start node key
// @param target: the end node key
// @param doc: the correction that caused it (curation:<id>)
MATCH (:Entity {key: $source})-[r:__TYPE__]->(:Entity {key: $target})
WITH r, {op: 'removed', kind: 'relationship', type: '__TYPE__', source: $source, target: $target, id: r.id,
         doc: $doc} AS change
DELETE r
RETURN count(*) AS count, collect(change) AS changes
