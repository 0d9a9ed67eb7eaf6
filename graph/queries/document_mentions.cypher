// The keys of every entity a document mentions.
// @mode read
// @param key: the document key
MATCH (d:Document {key: $key})<-[:MENTIONED_IN]-(n:Entity)
RETURN n.key AS key
