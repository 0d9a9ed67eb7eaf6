// Dated resolutions with the given symbol keys (symbol, @province for local documents): the
// candidates an undated reference may point to, with the committee term when the text gave it.
// @mode read
// @param symbols: symbol keys, e.g. 57-NQ/TW or 05-CT/TU@nghe-an
UNWIND $symbols AS s
MATCH (n:Resolution {symbol_key: s})
WHERE n.issued_on IS NOT NULL
RETURN s AS symbol, n.key AS key, n.issued_on AS issued_on, n.term AS term
