// FalkorDB only: the full-text index that schema.cypher's FULLTEXT INDEX becomes (no stop words).
// @mode write
// @param label: the node label
// @param property: the indexed property
CALL db.idx.fulltext.createNodeIndex({label: $label, stopwords: []}, $property)
