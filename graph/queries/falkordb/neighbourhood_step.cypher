// One level of a neighbourhood walk: every relationship of each frontier node, both directions.
// A Document comes without its text (GET /documents/{key} serves it): a node can have many.
// FalkorDB: each row comes back as one JSON string in the column `json_row`, which the embedded
// backend decodes into the same row as the shared query's (graph/backends/embedded.py): its Python
// client parses a typed reply value by value, 3.5x slower than json.loads on a lineage level (BENCHMARKS.md).
// tests/contract checks that both texts answer the same rows.
// @mode read
// @param keys: keys of the frontier nodes
// @param limit: most rows
UNWIND $keys AS parent
MATCH (p:Entity {key: parent})-[r]-(c:Entity)
RETURN toJSON({parent: parent, type: type(r), source: startNode(r).key, target: endNode(r).key, edge: properties(r),
       key: c.key, labels: [l IN labels(c) WHERE l <> 'Entity'],
       node: CASE WHEN 'Document' IN labels(c)
         THEN {key: c.key, title: c.title, published: c.published, source: c.source}
         ELSE properties(c) END}) AS json_row
ORDER BY parent, type(r), c.key
LIMIT $limit
