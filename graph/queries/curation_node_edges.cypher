// Every relationship of one node, both directions, with its properties (to move onto another node).
// @mode read
// @param key: the node key
MATCH (n:Entity {key: $key})-[r]-(o:Entity)
RETURN startNode(r).key AS source, type(r) AS type, endNode(r).key AS target, properties(r) AS properties
