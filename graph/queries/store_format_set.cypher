// Mark the store as holding the stored shape of `version` (graph/provenance.py's upgrade): later schema
// applies skip the scan for older shapes.
// @mode write
// @param version: the stored shape's version
MERGE (f:StoreFormat {key: 'format'})
SET f.version = $version
RETURN f.version AS version
