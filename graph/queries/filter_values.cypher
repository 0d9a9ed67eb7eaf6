// The distinct values a list filter compares with, so that a filter written without accents
// ("nghe an") can be matched to the stored ones ("Nghệ An") by folding them in Python.
// @mode read
// @param field: official.province, meeting.province, resolution.kind, resolution.issuer or resolution.issuer_code
MATCH (n:Official) WHERE $field = 'official.province' AND n.province IS NOT NULL RETURN n.province AS value
UNION
MATCH (n:Meeting) WHERE $field = 'meeting.province' AND n.province IS NOT NULL RETURN n.province AS value
UNION
MATCH (n:Resolution) WHERE $field = 'resolution.kind' AND n.kind IS NOT NULL RETURN n.kind AS value
UNION
MATCH (n:Resolution) WHERE $field = 'resolution.issuer' AND n.issuer IS NOT NULL RETURN n.issuer AS value
UNION
MATCH (n:Resolution) WHERE $field = 'resolution.issuer_code' AND n.issuer_code IS NOT NULL RETURN n.issuer_code AS value
