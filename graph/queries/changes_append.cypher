// Append one write's changes to the change log (GET /changes; graph/changes.py): a ChangeSet node
// holding one entry per node or relationship added, replaced or removed, as parallel lists (as edges
// keep their provenance), numbered first..last. The ChangeLog node hands out the numbers: taking its
// write lock first (SET k.at) makes concurrent appends on Neo4j wait their turn, so numbers rise in
// commit order and never repeat. Run by the store in the transaction of the write (Neo4j), or right
// after it (FalkorDB, which runs one write at a time), never called directly.
// @mode write
// @param op: list of 'added' | 'replaced' | 'removed'
// @param kind: list of 'node' | 'relationship'
// @param key: list of node keys ('' for a relationship)
// @param label: list of node labels ('' for a relationship)
// @param type: list of relationship types ('' for a node)
// @param source: list of start node keys ('' for a node)
// @param target: list of end node keys ('' for a node)
// @param rid: list of relationship ids ('' when none)
// @param doc: list of causes: a document key, curation:<id>, import:<file> ('' when unknown)
// @param at: when, ISO 8601 UTC
// @param log: a fresh id, kept only when this append starts the log
MERGE (k:ChangeLog {key: 'changes'})
ON CREATE SET k.log = $log, k.last = 0, k.pruned = 0
SET k.at = $at
WITH k, k.last AS base
SET k.last = base + size($op)
CREATE (s:ChangeSet {first: base + 1, last: base + size($op), at: $at, op: $op, kind: $kind, key: $key, label: $label,
                     type: $type, source: $source, target: $target, rid: $rid, doc: $doc})
RETURN k.log AS log, s.last AS last
