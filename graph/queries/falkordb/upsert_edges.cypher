// FalkorDB: graph/queries/upsert_edges.cypher without storing an empty `id`: an edge with no id (all but the
// parallel edges of one type, a HOLDS per title, an ATTENDED per role) keeps no `id` property, 37 bytes an
// edge (110 MB at 3M edges; BENCHMARKS.md, Memory). Reads give `id: ''` back (graph/provenance.py), so what
// every query answers is the shared text's (tests/contract). MERGE cannot match "no id or ''", so the edge is
// looked up with OPTIONAL MATCH and created when missing (rows are unique per (source, target, id) within a
// batch, so one row never creates what another created). Keep it in step with the shared text.
// @mode write
// @changes
// @param rows: list of {source, target, id, props, docs, prov, doc}; docs: the document of each prov entry;
//   doc: what caused the write
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b:Entity {key: row.target})
OPTIONAL MATCH (a)-[r:__TYPE__]->(b)
WHERE coalesce(r.id, '') = row.id
WITH a, b, row, r,
     r IS NOT NULL AND any(p IN keys(row.props) WHERE r[p] IS NULL OR r[p] <> row.props[p]) AS reset,
     [e IN coalesce(r.prov, []) | split(e, '\t')[0]] AS known
WITH a, b, row, r, reset, [i IN range(0, size(row.docs) - 1) WHERE NOT row.docs[i] IN known] AS fresh
FOREACH (_ IN CASE WHEN r IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[n:__TYPE__]->(b)
  SET n += row.props, n.id = CASE WHEN row.id = '' THEN null ELSE row.id END, n.prov = row.prov)
FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END |
  SET r += row.props, r.prov = coalesce(r.prov, []) + [i IN fresh | row.prov[i]])
RETURN count(row) AS count,
       collect(CASE WHEN r IS NULL
                    THEN {op: 'added', kind: 'relationship', type: '__TYPE__', source: row.source, target: row.target,
                          id: row.id, doc: row.doc}
                    WHEN reset OR size(fresh) > 0
                    THEN {op: 'replaced', kind: 'relationship', type: '__TYPE__', source: row.source, target: row.target,
                          id: row.id, doc: row.doc} END) AS changes
