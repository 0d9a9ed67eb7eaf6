// Nodes whose key, folded (no tone or vowel marks, đ -> d, lower case), is the given one: keys keep
// their Vietnamese letters (nguyễn-đức-trung@nghe-an), and a client may still ask by the folded form.
// @mode read
// @param key_ascii: a folded key, e.g. nguyen-duc-trung@nghe-an
// @param limit: how many to return at most (two are enough to tell ambiguity)
MATCH (n:Entity {key_ascii: $key_ascii})
RETURN n.key AS key
ORDER BY key
LIMIT $limit
