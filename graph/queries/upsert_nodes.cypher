// Create or update nodes of one label in a batch, keyed by `key` (shared :Entity key).
// Properties given replace those stored; properties not given are kept. Display names and
// titles differ between documents ("Đảng bộ tỉnh" / "Đảng bộ tỉnh Nghệ An"): the fullest one
// wins (the longer, then the first in text order), so the graph does not depend on load order;
// the same for a resolution's issuer ("Bộ Chính trị" / "Ban Chấp hành Trung ương Đảng"), and the
// search key (name_norm) follows the name, or the title when there is no name.
// Returns the nodes it added or changed (`changes`, recorded in the change log: graph/changes.py).
// @mode write
// @changes
// Rows must be unique per key within one batch (loaders/write.py merges duplicates before writing).
// @param rows: list of {key, props, doc} maps; props holds only non-null values; doc: what caused the write
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
WITH n, row, properties(n) AS before, n:__LABEL__ AS had_label, n.name AS old_name, n.name_norm AS old_norm, n.title AS old_title, n.issuer AS old_issuer
SET n:__LABEL__
SET n += row.props
WITH n, row, before, had_label, old_name, old_norm, old_title, old_issuer,
     old_name IS NOT NULL AND row.props.name IS NOT NULL
       AND (size(old_name) > size(row.props.name)
            OR (size(old_name) = size(row.props.name) AND old_name < row.props.name)) AS keep_name,
     old_title IS NOT NULL AND row.props.title IS NOT NULL
       AND (size(old_title) > size(row.props.title)
            OR (size(old_title) = size(row.props.title) AND old_title < row.props.title)) AS keep_title,
     old_issuer IS NOT NULL AND row.props.issuer IS NOT NULL
       AND (size(old_issuer) > size(row.props.issuer)
            OR (size(old_issuer) = size(row.props.issuer) AND old_issuer < row.props.issuer)) AS keep_issuer
SET n.name = CASE WHEN keep_name THEN old_name ELSE n.name END,
    n.name_norm = CASE WHEN keep_name OR (row.props.name IS NULL AND keep_title) THEN old_norm ELSE n.name_norm END,
    n.title = CASE WHEN keep_title THEN old_title ELSE n.title END,
    n.issuer = CASE WHEN keep_issuer THEN old_issuer ELSE n.issuer END
RETURN count(n) AS count,
       collect(CASE WHEN size(keys(before)) <= 1 THEN {op: 'added', kind: 'node', key: n.key, label: '__LABEL__', doc: row.doc}
                    WHEN NOT had_label OR properties(n) <> before
                    THEN {op: 'replaced', kind: 'node', key: n.key, label: '__LABEL__', doc: row.doc} END) AS changes
