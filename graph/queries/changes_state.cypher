// The change log's state: its id (tokens carry it), the last change number and the number up to
// which changes were pruned. A graph never written since the log existed has none (log null).
// @mode read
OPTIONAL MATCH (k:ChangeLog {key: 'changes'})
RETURN k.log AS log, coalesce(k.last, 0) AS last, coalesce(k.pruned, 0) AS pruned
