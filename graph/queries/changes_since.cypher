// The change sets holding changes numbered after `since` up to `until`, in order (graph/changes.py
// numbers each set's entries first, first + 1, ...).
// @mode read
// @param since: changes after this number
// @param until: up to this number
MATCH (s:ChangeSet)
WHERE s.last > $since AND s.first <= $until
RETURN s.first AS first, s.at AS at, s.op AS op, s.key AS key, s.label AS label, s.target AS target, s.rid AS rid,
       s.doc AS doc
ORDER BY first
