// Delete a document node and its remaining relationships.
// @mode write
// @param key: the document key
MATCH (d:Document {key: $key})
DETACH DELETE d
RETURN count(*) AS count
