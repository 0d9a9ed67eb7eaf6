// Create or update relationships of one type in a batch, with per-document provenance.
// One relationship per (source, target, id); `id` tells apart parallel edges of one type
// (a HOLDS per title, an ATTENDED per role; "" otherwise). Provenance is kept as parallel
// lists, one entry per source document: docs, evidence, span_start, span_end, extractor.
// A document already recorded on the edge is not added again, so reloading is harmless.
// Rows must be unique per (source, target, id) within one batch.
// @mode write
// @param rows: list of {source, target, id, props, docs, evidence, span_start, span_end, extractor}
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b:Entity {key: row.target})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
SET r += row.props
WITH r, row, coalesce(r.docs, []) AS known
WITH r, row, known, [i IN range(0, size(row.docs) - 1) WHERE NOT row.docs[i] IN known] AS fresh
SET r.docs = known + [i IN fresh | row.docs[i]],
    r.evidence = coalesce(r.evidence, []) + [i IN fresh | row.evidence[i]],
    r.span_start = coalesce(r.span_start, []) + [i IN fresh | row.span_start[i]],
    r.span_end = coalesce(r.span_end, []) + [i IN fresh | row.span_end[i]],
    r.extractor = coalesce(r.extractor, []) + [i IN fresh | row.extractor[i]]
RETURN count(r) AS count
