// A shortest directed path from one node to another, at most 6 hops.
// @mode read
// @param source: key of the first node
// @param target: key of the second node
MATCH (a:Entity {key: $source})
WITH a
MATCH (b:Entity {key: $target})
RETURN shortestPath((a)-[*..6]->(b)) AS path
