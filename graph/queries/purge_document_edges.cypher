// Remove one document's provenance from every edge it contributed to (purge_empty_edges then
// deletes the edges left with none; kept apart because FalkorDB drops a SET whose row is
// filtered out later in the same query). A derived edge has docs only (no evidence lists).
// Returns the edges that keep other documents' provenance as `changes` (replaced; the change log,
// graph/changes.py); those left with none are recorded as removed by purge_empty_edges.
// @mode write
// @changes
// @param key: the document key (or curation:<id>: an added edge's evidence)
// @param keys: keys of the entities the document mentions (and the document itself)
UNWIND $keys AS k
MATCH (n:Entity {key: k})-[r]->(m)
WHERE $key IN coalesce(r.docs, [])
WITH DISTINCT r, n, m, [i IN range(0, size(r.docs) - 1) WHERE r.docs[i] <> $key] AS keep
SET r.docs = [i IN keep | r.docs[i]],
    r.evidence = CASE WHEN r.evidence IS NULL THEN null ELSE [i IN keep | r.evidence[i]] END,
    r.span_start = CASE WHEN r.span_start IS NULL THEN null ELSE [i IN keep | r.span_start[i]] END,
    r.span_end = CASE WHEN r.span_end IS NULL THEN null ELSE [i IN keep | r.span_end[i]] END,
    r.extractor = CASE WHEN r.extractor IS NULL THEN null ELSE [i IN keep | r.extractor[i]] END
RETURN count(r) AS count,
       collect(CASE WHEN size(keep) > 0
                    THEN {op: 'replaced', kind: 'relationship', type: type(r), source: n.key, target: m.key, id: r.id,
                          doc: $key} END) AS changes
