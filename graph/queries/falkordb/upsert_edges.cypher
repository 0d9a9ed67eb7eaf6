// FalkorDB: graph/queries/upsert_edges.cypher with its provenance strings intern()ed: FalkorDB keeps one copy
// of an interned string however many properties hold it. A sentence is the evidence of 3.7 edges on average
// (the 53 corpus articles: 3,265 entries, 876 distinct sentences, 3.2x the characters of the articles
// themselves), a document key and a rule name of hundreds; stored plain, each edge kept its own copies
// (BENCHMARKS.md, Memory). The values read back are the same strings (tests/contract). Keep it in step
// with the shared text.
// Create or update relationships of one type in a batch, with per-document provenance.
// One relationship per (source, target, id); `id` tells apart parallel edges of one type
// (a HOLDS per title, an ATTENDED per role; "" otherwise). Provenance is kept as parallel
// lists, one entry per source document: docs, evidence, span_start, span_end, extractor.
// A document already recorded on the edge is not added again, so reloading is harmless.
// An edge not read from a sentence (props.derived_from: "gazetteer", "rule:...") lists only its
// docs: its rows carry empty evidence lists, and it gets no evidence or span properties at all.
// Rows must be unique per (source, target, id) within one batch.
// Returns the relationships it added or changed as `changes` (the change log: graph/changes.py): one just
// merged holds only its id; one changed got a property value it did not hold, or a document's evidence
// (comparing those, not every property before and after, spares copying the evidence lists).
// @mode write
// @changes
// @param rows: list of {source, target, id, props, docs, evidence, span_start, span_end, extractor, doc}; doc: what
//   caused the write
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b:Entity {key: row.target})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
WITH r, row, size(keys(r)) <= 1 AS added, any(p IN keys(row.props) WHERE r[p] IS NULL OR r[p] <> row.props[p]) AS reset
SET r += row.props
WITH r, row, added, reset, coalesce(r.docs, []) AS known
WITH r, row, added, reset, known, [i IN range(0, size(row.docs) - 1) WHERE NOT row.docs[i] IN known] AS fresh
WITH r, row, added, reset, known, fresh, size(row.evidence) = 0 AS derived
SET r.docs = known + [i IN fresh | intern(row.docs[i])],
    r.evidence = CASE WHEN derived THEN r.evidence ELSE coalesce(r.evidence, []) + [i IN fresh | intern(row.evidence[i])] END,
    r.span_start = CASE WHEN derived THEN r.span_start
                   ELSE coalesce(r.span_start, []) + [i IN fresh | row.span_start[i]] END,
    r.span_end = CASE WHEN derived THEN r.span_end ELSE coalesce(r.span_end, []) + [i IN fresh | row.span_end[i]] END,
    r.extractor = CASE WHEN derived THEN r.extractor
                  ELSE coalesce(r.extractor, []) + [i IN fresh | intern(row.extractor[i])] END
RETURN count(r) AS count,
       collect(CASE WHEN added
                    THEN {op: 'added', kind: 'relationship', type: '__TYPE__', source: row.source, target: row.target,
                          id: row.id, doc: row.doc}
                    WHEN reset OR size(fresh) > 0
                    THEN {op: 'replaced', kind: 'relationship', type: '__TYPE__', source: row.source, target: row.target,
                          id: row.id, doc: row.doc} END) AS changes
