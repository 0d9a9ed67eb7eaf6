// Create or update relationships of one type in a batch, with per-document provenance.
// One relationship per (source, target, id); `id` tells apart parallel edges of one type
// (a HOLDS per title, an ATTENDED per role; "" otherwise). Provenance is stored as one list, `prov`,
// one string per source document (graph/provenance.py): the document key, then tab-separated its span,
// rule and sentence; an edge not read from a sentence (props.derived_from: "gazetteer", "rule:...")
// stores the document key alone. Readers get the five lists (docs, evidence, span_start, span_end,
// extractor) back from the backends' conversion. A document already recorded on the edge is not
// added again, so reloading is harmless.
// Rows must be unique per (source, target, id) within one batch.
// Returns the relationships it added or changed as `changes` (the change log: graph/changes.py): one just
// merged holds only its id; one changed got a property value it did not hold, or a document's provenance
// (comparing those, not every property before and after, spares copying the provenance list).
// @mode write
// @changes
// @param rows: list of {source, target, id, props, docs, prov, doc}; docs: the document of each prov entry;
//   doc: what caused the write
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b:Entity {key: row.target})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
WITH r, row, size(keys(r)) <= 1 AS added, any(p IN keys(row.props) WHERE r[p] IS NULL OR r[p] <> row.props[p]) AS reset
SET r += row.props
WITH r, row, added, reset, [e IN coalesce(r.prov, []) | split(e, '\t')[0]] AS known
WITH r, row, added, reset, [i IN range(0, size(row.docs) - 1) WHERE NOT row.docs[i] IN known] AS fresh
SET r.prov = coalesce(r.prov, []) + [i IN fresh | row.prov[i]]
RETURN count(r) AS count,
       collect(CASE WHEN added
                    THEN {op: 'added', kind: 'relationship', type: '__TYPE__', source: row.source, target: row.target,
                          id: row.id, doc: row.doc}
                    WHEN reset OR size(fresh) > 0
                    THEN {op: 'replaced', kind: 'relationship', type: '__TYPE__', source: row.source, target: row.target,
                          id: row.id, doc: row.doc} END) AS changes
