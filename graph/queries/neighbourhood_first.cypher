// The centre of a neighbourhood and its first level in one round trip (GET /graph/neighbourhood): the centre's
// labels and properties as the `node` query reads them, and in `rows` the rows neighbourhood_step answers for it
// (in its order, at most $limit). No row at all: no node has that key.
// @mode read
// @param key: the centre's key
// @param limit: most rows of the first level (at least 1: the limit applies before the centre is read)
MATCH (p:Entity {key: $key})
OPTIONAL MATCH (p)-[r]-(c:Entity)
WITH p, r, c
ORDER BY type(r), c.key
LIMIT $limit
WITH p, collect(CASE WHEN r IS NULL THEN null ELSE {
       parent: p.key, type: type(r), source: startNode(r).key, target: endNode(r).key, edge: properties(r),
       key: c.key, labels: [l IN labels(c) WHERE l <> 'Entity'],
       node: CASE WHEN 'Document' IN labels(c)
         THEN {key: c.key, title: c.title, published: c.published, source: c.source}
         ELSE properties(c) END} END) AS rows
RETURN p.key AS key, [l IN labels(p) WHERE l <> 'Entity'] AS labels, properties(p) AS properties, rows
