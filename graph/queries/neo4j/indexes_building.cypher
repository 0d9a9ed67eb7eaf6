// The labels (or, for a token lookup index, the index's name) whose indexes are not online yet:
// one still populating, or failed. /ready says not ready until this returns nothing.
// @mode read
SHOW INDEXES YIELD name, labelsOrTypes, state
WHERE state <> 'ONLINE'
RETURN DISTINCT coalesce(head(labelsOrTypes), name) AS label
ORDER BY label
