// One level of "what implements this": the direct implementers of each frontier node.
// @mode read
// @param keys: keys of the frontier nodes
UNWIND $keys AS parent
MATCH (p:Entity {key: parent})<-[r:IMPLEMENTS]-(c:Entity)
RETURN parent, properties(r) AS edge,
       c.key AS key, [l IN labels(c) WHERE l <> 'Entity'] AS labels, properties(c) AS node
ORDER BY parent, key
