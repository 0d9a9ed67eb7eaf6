// Remove one document's provenance from every edge it contributed to (purge_empty_edges then
// deletes the edges left with none; kept apart because FalkorDB drops a SET whose row is
// filtered out later in the same query). An edge's provenance is its `prov` list, one entry per
// document, the document key first (graph/provenance.py).
// Returns the edges that keep other documents' provenance as `changes` (replaced; the change log,
// graph/changes.py); those left with none are recorded as removed by purge_empty_edges.
// @mode write
// @changes
// @param key: the document key (or curation:<id>: an added edge's evidence)
// @param keys: keys of the entities the document mentions (and the document itself)
UNWIND $keys AS k
MATCH (n:Entity {key: k})-[r]->(m)
WHERE any(e IN coalesce(r.prov, []) WHERE split(e, '\t')[0] = $key)
WITH DISTINCT r, n, m, [e IN r.prov WHERE split(e, '\t')[0] <> $key] AS keep
SET r.prov = keep
RETURN count(r) AS count,
       collect(CASE WHEN size(keep) > 0
                    THEN {op: 'replaced', kind: 'relationship', type: type(r), source: n.key, target: m.key, id: r.id,
                          doc: $key} END) AS changes
