// Remove one document's provenance from every edge it contributed to (purge_empty_edges then
// deletes the edges left with none; kept apart because FalkorDB drops a SET whose row is
// filtered out later in the same query).
// @mode write
// @param key: the document key
// @param keys: keys of the entities the document mentions (and the document itself)
UNWIND $keys AS k
MATCH (n:Entity {key: k})-[r]->()
WHERE $key IN coalesce(r.docs, [])
WITH DISTINCT r, [i IN range(0, size(r.docs) - 1) WHERE r.docs[i] <> $key] AS keep
SET r.docs = [i IN keep | r.docs[i]],
    r.evidence = [i IN keep | r.evidence[i]],
    r.span_start = [i IN keep | r.span_start[i]],
    r.span_end = [i IN keep | r.span_end[i]],
    r.extractor = [i IN keep | r.extractor[i]]
RETURN count(r) AS count
