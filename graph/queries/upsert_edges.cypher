// Create or update relationships of one type in a batch, with per-document provenance.
// One relationship per (source, target, id); `id` tells apart parallel edges of one type
// (a HOLDS per title, an ATTENDED per role; "" otherwise). Provenance is kept as parallel
// lists, one entry per source document: docs, evidence, span_start, span_end, extractor.
// A document already recorded on the edge is not added again, so reloading is harmless.
// An edge not read from a sentence (props.derived_from: "gazetteer", "rule:...") lists only its
// docs: its rows carry empty evidence lists, and it gets no evidence or span properties at all.
// Rows must be unique per (source, target, id) within one batch.
// Returns the relationships it added or changed (`changes`, recorded in the change log: graph/changes.py);
// a relationship just merged holds only its id.
// @mode write
// @changes
// @param rows: list of {source, target, id, props, docs, evidence, span_start, span_end, extractor, doc}; doc: what
//   caused the write
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b:Entity {key: row.target})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
WITH r, row, properties(r) AS before
SET r += row.props
WITH r, row, before, coalesce(r.docs, []) AS known
WITH r, row, before, known, [i IN range(0, size(row.docs) - 1) WHERE NOT row.docs[i] IN known] AS fresh
WITH r, row, before, known, fresh, size(row.evidence) = 0 AS derived
SET r.docs = known + [i IN fresh | row.docs[i]],
    r.evidence = CASE WHEN derived THEN r.evidence ELSE coalesce(r.evidence, []) + [i IN fresh | row.evidence[i]] END,
    r.span_start = CASE WHEN derived THEN r.span_start
                   ELSE coalesce(r.span_start, []) + [i IN fresh | row.span_start[i]] END,
    r.span_end = CASE WHEN derived THEN r.span_end ELSE coalesce(r.span_end, []) + [i IN fresh | row.span_end[i]] END,
    r.extractor = CASE WHEN derived THEN r.extractor
                  ELSE coalesce(r.extractor, []) + [i IN fresh | row.extractor[i]] END
RETURN count(r) AS count,
       collect(CASE WHEN size(keys(before)) <= 1
                    THEN {op: 'added', kind: 'relationship', type: '__TYPE__', source: row.source, target: row.target,
                          id: row.id, doc: row.doc}
                    WHEN properties(r) <> before
                    THEN {op: 'replaced', kind: 'relationship', type: '__TYPE__', source: row.source, target: row.target,
                          id: row.id, doc: row.doc} END) AS changes
