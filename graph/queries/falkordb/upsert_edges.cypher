// Create or update relationships of one type in a batch, with per-document provenance: the rules of
// graph/queries/upsert_edges.cypher (one relationship per (source, target, id); provenance as parallel
// lists docs, evidence, span_start, span_end, extractor, one entry per source document; a document
// already recorded is not added again; a derived edge lists only its docs), written for FalkorDB.
// FalkorDB keeps one copy of an intern()ed string however many properties hold it: a sentence is the
// evidence of 3.7 edges on average (the 53 corpus articles: 3,265 entries, 876 distinct sentences,
// 3.2x the characters of the articles themselves), a document key and a rule name of hundreds. Stored
// plain, each edge kept its own copies (BENCHMARKS.md, Memory). The values read back are the same strings.
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
WITH r, row, known, fresh, size(row.evidence) = 0 AS derived
SET r.docs = known + [i IN fresh | intern(row.docs[i])],
    r.evidence = CASE WHEN derived THEN r.evidence
                 ELSE coalesce(r.evidence, []) + [i IN fresh | intern(row.evidence[i])] END,
    r.span_start = CASE WHEN derived THEN r.span_start
                   ELSE coalesce(r.span_start, []) + [i IN fresh | row.span_start[i]] END,
    r.span_end = CASE WHEN derived THEN r.span_end ELSE coalesce(r.span_end, []) + [i IN fresh | row.span_end[i]] END,
    r.extractor = CASE WHEN derived THEN r.extractor
                  ELSE coalesce(r.extractor, []) + [i IN fresh | intern(row.extractor[i])] END
RETURN count(r) AS count
