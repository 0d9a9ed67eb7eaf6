// Wait until every index is online (a full-text index is populated in the background after it is
// created: a search before that fails). Run by apply_schema.
// @mode read
// @param seconds: how long to wait at most
CALL db.awaitIndexes($seconds)
