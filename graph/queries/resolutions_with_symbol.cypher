// Resolutions written with the given symbol (any province, any year), newest first.
// @mode read
// @param symbol: the symbol as officially written, e.g. 204-QĐ/TW
MATCH (n:Resolution {symbol: $symbol})
RETURN n.key AS key, n.issued_on AS issued_on, n.province AS province, n.symbol_key AS symbol_key
ORDER BY issued_on DESC, key
