// The change sets written by earlier versions, which kept their entries in six parallel lists (op, key, label,
// target, rid, doc), stored as the one `entries` list (changes_append.cypher), at most $limit sets a run
// (graph/provenance.py's upgrade runs it until it answers 0). What changes_since answers is unchanged.
// @mode write
// @param limit: change sets to convert in this run
MATCH (s:ChangeSet)
WHERE s.op IS NOT NULL
WITH s
LIMIT $limit
SET s.entries = [i IN range(0, size(s.op) - 1) |
                 s.op[i] + '\t' + s.key[i] + '\t' + s.label[i] + '\t' + s.target[i] + '\t' + s.doc[i] + '\t' + s.rid[i]],
    s.op = null, s.key = null, s.label = null, s.target = null, s.doc = null, s.rid = null
RETURN count(s) AS count
