// Append one entry to the curation log (nodes labelled Curation, outside the Entity graph).
// Entries are never changed or deleted: an undo is an entry of its own.
// @mode write
// @param entry: {id, at, action, source, target, type, target_id, why, author}
CREATE (c:Curation)
SET c += $entry
RETURN c.id AS id
