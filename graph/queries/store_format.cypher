// The version of the stored shape this store was brought up to (graph/provenance.py's upgrade); null: never
// marked (an empty store, or one an earlier version wrote).
// @mode read
OPTIONAL MATCH (f:StoreFormat {key: 'format'})
RETURN f.version AS version
