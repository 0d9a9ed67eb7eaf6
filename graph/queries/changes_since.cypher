// The change sets holding changes numbered after `since` up to `until`, in order (graph/changes.py
// numbers each set's entries first, first + 1, ...), each set's entries as parallel lists (a set stores
// one tab-joined string an entry: changes_append.cypher).
// @mode read
// @param since: changes after this number
// @param until: up to this number
MATCH (s:ChangeSet)
WHERE s.last > $since AND s.first <= $until
WITH s, [e IN s.entries | split(e, '\t')] AS parts
RETURN s.first AS first, s.at AS at, [p IN parts | p[0]] AS op, [p IN parts | p[1]] AS key,
       [p IN parts | p[2]] AS label, [p IN parts | p[3]] AS target, [p IN parts | p[4]] AS doc,
       [p IN parts | p[5]] AS rid
ORDER BY first
