// The labels whose indexes are not ready yet. After a start FalkorDB rebuilds a loaded graph's indexes in
// the background (minutes at 1M nodes): until then a key lookup scans and full-text search finds nothing,
// so /ready says not ready. A ready index reads OPERATIONAL; one being built, "[Indexing] n/N: ...".
// @mode read
CALL db.indexes() YIELD label, status
WITH label, status
WHERE status <> 'OPERATIONAL'
RETURN DISTINCT label
ORDER BY label
