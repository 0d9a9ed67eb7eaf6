// One level of a lineage walk downwards: what implements or cites each frontier node,
// and where a frontier node was assigned to (organizations, localities).
// The caller walks level by level over distinct nodes (graph/lineage.py).
// A Document comes without its text (GET /documents/{key} serves it).
// FalkorDB: each row comes back as one JSON string in the column `json_row`, which the embedded
// backend decodes into the same row as the shared query's (graph/backends/embedded.py): its Python
// client parses a typed reply value by value, 3.5x slower than json.loads on a lineage level (BENCHMARKS.md).
// tests/contract checks that both texts answer the same rows.
// @mode read
// @param keys: keys of the frontier nodes
UNWIND $keys AS parent
MATCH (p:Entity {key: parent})<-[r:IMPLEMENTS|CITES]-(c:Entity)
RETURN toJSON({parent: parent, type: type(r), direction: 'in', edge: properties(r),
       key: c.key, labels: [l IN labels(c) WHERE l <> 'Entity'],
       node: CASE WHEN 'Document' IN labels(c)
         THEN {key: c.key, title: c.title, published: c.published, source: c.source}
         ELSE properties(c) END}) AS json_row
UNION ALL
UNWIND $keys AS parent
MATCH (p:Entity {key: parent})-[r:ASSIGNED_TO]->(c:Entity)
RETURN toJSON({parent: parent, type: type(r), direction: 'out', edge: properties(r),
       key: c.key, labels: [l IN labels(c) WHERE l <> 'Entity'],
       node: CASE WHEN 'Document' IN labels(c)
         THEN {key: c.key, title: c.title, published: c.published, source: c.source}
         ELSE properties(c) END}) AS json_row
