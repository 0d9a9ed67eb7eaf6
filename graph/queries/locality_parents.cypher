// The localities a locality is part of (PART_OF), for a place the gazetteer does not know
// ("xa/tan-lap@nghe-an" read with its document's province) on the map of a date.
// @mode read
// @param key: the locality's key
MATCH (place:Entity {key: $key})-[:PART_OF]->(parent:Locality)
WHERE place:Locality
RETURN parent.key AS key
ORDER BY key
