// The directives that reached a locality, each once, with the shortest chain that brought it.
// This is the one definition of "reached" (the API, the page and the Neo4j Browser saved query
// all run this text; tests/api/test_locality_directives.py checks the Browser copy is identical):
//   1. the places that count as the locality: itself, the units the 2025 reform merged into it
//      (MERGED_INTO, its history), every unit those are PART_OF (commune -> district -> province),
//      and the units merged into those (a new province inherits its predecessors' directives);
//   2. the carriers that reached one of those places: whatever is ASSIGNED_TO it (plans, projects,
//      meetings), and, for a province, the provincial directives it issued itself (rule
//      "issuer-province": a Resolution whose province is that province, whose level is provincial,
//      or unknown for a directive kind: not a report, submission or notice);
//   3. from each carrier, up its IMPLEMENTS chain to the directives it carries out (the carrier
//      itself counts when it is a Resolution).
// chain: keys from the locality through the places and the carrier up to the directive.
// @mode read
// @param locality: the locality's key, e.g. xa/khai-son@nghe-an
// @param depth: most IMPLEMENTS steps from a carrier up to a directive (at most 8)
MATCH history = (place:Entity {key: $locality})<-[:MERGED_INTO*0..3]-(predecessor:Locality)
WHERE place:Locality
MATCH tree = (predecessor)-[:PART_OF*0..4]->(ancestor:Locality)
MATCH inherited = (ancestor)<-[:MERGED_INTO*0..3]-(reached:Locality)
WITH reached, nodes(history) + tail(nodes(tree)) + tail(nodes(inherited)) AS places
OPTIONAL MATCH (assigned:Entity)-[:ASSIGNED_TO]->(reached)
WITH reached, places, collect(DISTINCT assigned) AS assigned
OPTIONAL MATCH (own:Resolution)
WHERE reached.level = 'tỉnh' AND own.province = reached.name
  AND (own.level = 'provincial' OR (own.level IS NULL AND own.kind IN ['NQ', 'QĐ', 'CT', 'KL', 'KH']))
WITH places, assigned, collect(DISTINCT own) AS own
UNWIND assigned + own AS carrier
MATCH chain = (carrier)-[:IMPLEMENTS*0..8]->(directive:Resolution)
WHERE length(chain) <= $depth
WITH directive, places + nodes(chain) AS via
WITH directive, via, reduce(path = '', n IN via | path + n.key + ' > ') AS spelled
ORDER BY size(via), spelled
WITH directive, collect(via)[0] AS via
RETURN directive.key AS key, [l IN labels(directive) WHERE l <> 'Entity'] AS labels,
       properties(directive) AS properties, [n IN via | n.key] AS chain
ORDER BY size(chain), key
