// Create or update nodes of one label in a batch, keyed by `key` (shared :Entity key): the rules of
// graph/queries/upsert_nodes.cypher (properties given replace those stored, properties not given are
// kept; the fullest name, title and issuer win, and name_norm follows the name), written for FalkorDB.
// FalkorDB adds a label to an existing node slowly, and more slowly the more nodes were labelled
// before it (`MERGE (n:Entity {key}) SET n:Project` measured 52, 86, 133 us/row over three batches of
// 2,000 new nodes; BENCHMARKS.md, Writes): a new node is created with both its labels at once instead,
// flat at about 25 us/row. FalkorDB runs one write query at a time, so the OPTIONAL MATCH then
// CREATE cannot race another writer (Neo4j keeps the MERGE of the shared file).
// Rows must be unique per key within one batch (loaders/write.py merges duplicates before writing).
// Returns the nodes it added or changed (`changes`, recorded in the change log: graph/changes.py).
// @mode write
// @changes
// @param rows: list of {key, props, doc} maps; props holds only non-null values; doc: what caused the write
UNWIND $rows AS row
OPTIONAL MATCH (n:Entity {key: row.key})
WITH row, n, CASE WHEN n IS NULL THEN null ELSE properties(n) END AS before, n:__LABEL__ AS had_label,
     n.name AS old_name, n.name_norm AS old_norm, n.title AS old_title, n.issuer AS old_issuer
WITH row, n, before, had_label, old_name, old_norm, old_title, old_issuer,
     old_name IS NOT NULL AND row.props.name IS NOT NULL
       AND (size(old_name) > size(row.props.name)
            OR (size(old_name) = size(row.props.name) AND old_name < row.props.name)) AS keep_name,
     old_title IS NOT NULL AND row.props.title IS NOT NULL
       AND (size(old_title) > size(row.props.title)
            OR (size(old_title) = size(row.props.title) AND old_title < row.props.title)) AS keep_title,
     old_issuer IS NOT NULL AND row.props.issuer IS NOT NULL
       AND (size(old_issuer) > size(row.props.issuer)
            OR (size(old_issuer) = size(row.props.issuer) AND old_issuer < row.props.issuer)) AS keep_issuer
FOREACH (_ IN CASE WHEN n IS NULL THEN [1] ELSE [] END |
  CREATE (m:Entity:__LABEL__ {key: row.key})
  SET m += row.props)
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END |
  SET n:__LABEL__
  SET n += row.props
  SET n.name = CASE WHEN keep_name THEN old_name ELSE coalesce(row.props.name, old_name) END,
      n.name_norm = CASE WHEN keep_name OR (row.props.name IS NULL AND keep_title) THEN old_norm
                    ELSE coalesce(row.props.name_norm, old_norm) END,
      n.title = CASE WHEN keep_title THEN old_title ELSE coalesce(row.props.title, old_title) END,
      n.issuer = CASE WHEN keep_issuer THEN old_issuer ELSE coalesce(row.props.issuer, old_issuer) END)
RETURN count(row) AS count,
       collect(CASE WHEN n IS NULL THEN {op: 'added', kind: 'node', key: row.key, label: '__LABEL__', doc: row.doc}
                    WHEN NOT had_label OR properties(n) <> before
                    THEN {op: 'replaced', kind: 'node', key: n.key, label: '__LABEL__', doc: row.doc} END) AS changes
