// The keys of every entity a document mentions.
// @mode read
// @param key: the document key
MATCH (d:Entity {key: $key})<-[:MENTIONED_IN]-(n:Entity)
WHERE d:Document
RETURN n.key AS key
