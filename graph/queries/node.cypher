// One node by key, with its labels (other than Entity) and properties.
// @mode read
// @param key: the node's key, e.g. 57-NQ/TW
MATCH (n:Entity {key: $key})
RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS properties
