// The curation log, oldest first.
// @mode read
MATCH (c:Curation)
RETURN properties(c) AS entry
ORDER BY entry.at, entry.id
