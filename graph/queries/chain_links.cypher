// The source documents of the relationships between consecutive nodes of chains (either direction).
// @mode read
// @param pairs: list of [key, key] pairs
UNWIND $pairs AS pair
MATCH (a:Entity {key: pair[0]})-[r]-(b:Entity {key: pair[1]})
WHERE type(r) <> 'MENTIONED_IN'
RETURN pair[0] AS a, pair[1] AS b, [e IN coalesce(r.prov, []) | split(e, '\t')[0]] AS docs
