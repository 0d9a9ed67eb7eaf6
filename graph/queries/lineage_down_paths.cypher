// Everything that implements or cites a node, up to 4 hops, by enumerating variable-length
// paths (the alternative to the level-by-level walk; kept for the benchmark that compares them).
// @mode read
// @param key: the root key
MATCH p = (root:Entity {key: $key})<-[:IMPLEMENTS|CITES*1..4]-(x:Entity)
RETURN x.key AS key, min(length(p)) AS depth
