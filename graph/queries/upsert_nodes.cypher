// Create or update nodes of one label in a batch, keyed by `key` (shared :Entity key).
// Properties given replace those stored; properties not given are kept.
// @mode write
// @param rows: list of {key, props} maps; props holds only non-null values
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n:__LABEL__
SET n += row.props
RETURN count(n) AS count
