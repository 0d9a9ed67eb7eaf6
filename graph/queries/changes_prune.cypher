// Forget the changes numbered up to `through` (whole change sets; a set that straddles it is kept)
// and remember the floor: a token older than it is answered 410, never silently skipped.
// @mode write
// @param through: the last change number to forget
OPTIONAL MATCH (s:ChangeSet)
WHERE s.last <= $through
DELETE s
WITH count(s) AS dropped
MATCH (k:ChangeLog {key: 'changes'})
SET k.pruned = CASE WHEN $through > k.pruned THEN $through ELSE k.pruned END
RETURN dropped, k.pruned AS pruned
