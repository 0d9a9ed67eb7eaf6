// The provenance of edges written by earlier versions, which kept it in five parallel lists (docs, evidence,
// span_start, span_end, extractor), stored as the one `prov` list (graph/provenance.py), at most $limit edges
// a run (graph/provenance.py's upgrade runs it until it answers 0). What a reader gets is unchanged: no
// change is logged.
// @mode write
// @param limit: edges to convert in this run
MATCH ()-[r]->()
WHERE r.docs IS NOT NULL
WITH r
LIMIT $limit
SET r.prov = [i IN range(0, size(r.docs) - 1) |
              CASE WHEN r.evidence IS NULL OR i >= size(r.evidence) THEN r.docs[i]
                   ELSE r.docs[i] + '\t' + coalesce(toString(r.span_start[i]), '') + '\t' +
                        coalesce(toString(r.span_end[i]), '') + '\t' + coalesce(r.extractor[i], '') + '\t' +
                        coalesce(r.evidence[i], '') END],
    r.docs = null, r.evidence = null, r.span_start = null, r.span_end = null, r.extractor = null
RETURN count(r) AS count
