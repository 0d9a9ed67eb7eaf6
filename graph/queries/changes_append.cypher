// The change log's tail (GET /changes; graph/changes.py). A write query that says `// @changes` ends
// `RETURN ... AS count, collect(...) AS changes` (one row); the catalog (graph/queries.py) runs it with
// that RETURN made a WITH, followed by this statement from its second line on, so the changes are
// numbered and stored by the write's own statement: atomic on both backends, and nothing travels
// back to the client. Standalone (its first line stands for the write query), it appends $changes.
// One ChangeSet node per write holds its entries, numbered first..last, in one list `entries`, one string per
// entry: its fields joined by tabs (changes_since splits them again): op; key (a node's key, a relationship's
// start); label (a node's label, a relationship's type); target (a relationship's end, '' for a node); doc;
// rid (a relationship's id). One string an entry costs FalkorDB about 100 bytes, six lists about 200
// (BENCHMARKS.md, Memory); keys, types and document keys hold no tab (graph/provenance.py).
// The ChangeLog node hands out the numbers: taking its write lock first (SET k.at) makes concurrent
// writers on Neo4j take their turn, so numbers rise in commit order. The log keeps the last
// $changes_keep changes: change sets older than that go (by whole sets), and `pruned` says up to where.
// @mode write
// @param changes: list of {op, kind, key, label, type, source, target, id, doc} maps
// @param changes_at: when, ISO 8601 UTC (the store adds it to every @changes query)
// @param changes_log: a fresh id, kept only when this append starts the log (the store adds it)
// @param changes_keep: how many changes the log keeps (DG_CHANGES_KEEP; the store adds it)
WITH 0 AS count, $changes AS changes
MERGE (k:ChangeLog {key: 'changes'})
ON CREATE SET k.log = $changes_log, k.last = 0, k.pruned = 0
SET k.at = $changes_at
WITH k, k.last AS base, count, changes
SET k.last = base + size(changes)
FOREACH (_ IN CASE WHEN size(changes) > 0 THEN [1] ELSE [] END |
  CREATE (:ChangeSet {first: base + 1, last: base + size(changes), at: $changes_at,
                      entries: [c IN changes | c.op + '\t' + coalesce(c.key, c.source, '') + '\t' +
                                coalesce(c.label, c.type, '') + '\t' + coalesce(c.target, '') + '\t' +
                                coalesce(c.doc, '') + '\t' + coalesce(c.id, '')]}))
WITH k, count, changes, k.last - $changes_keep AS floor
OPTIONAL MATCH (old:ChangeSet)
WHERE old.last <= floor
DELETE old
WITH k, count, changes, floor, count(old) AS dropped
SET k.pruned = CASE WHEN dropped > 0 AND floor > k.pruned THEN floor ELSE k.pruned END
RETURN count, size(changes) AS recorded
