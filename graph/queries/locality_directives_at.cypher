// The directives that reached the given places, for a locality walk on the map of a date (as_of).
// The places are computed from the gazetteer (loaders/as_of.py: the units of that date's map standing
// for the locality, and the units they were part of on that map); steps 2 and 3 are those of
// locality_directives.cypher, the walk without a date:
//   2. the carriers that reached one of those places: whatever is ASSIGNED_TO it (plans, projects,
//      meetings), and, for a province, the provincial directives it issued itself (rule
//      "issuer-province": a Resolution whose province is that province, whose level is provincial,
//      or unknown for a directive kind: not a report, submission or notice);
//   3. from each carrier, up its IMPLEMENTS chain to the directives it carries out (the carrier
//      itself counts when it is a Resolution).
// One row per place, directive and chain; the caller keeps each directive's shortest.
// chain: keys from the carrier up to the directive.
// @mode read
// @param places: locality keys, e.g. ["xa/yen-xuan@nghe-an", "tinh/nghe-an"]
// @param depth: most IMPLEMENTS steps from a carrier up to a directive (at most 8)
UNWIND $places AS place
MATCH (reached:Entity {key: place})
WHERE reached:Locality
OPTIONAL MATCH (assigned:Entity)-[:ASSIGNED_TO]->(reached)
WITH reached, collect(DISTINCT assigned) AS assigned
OPTIONAL MATCH (own:Resolution)
WHERE reached.level = 'tỉnh' AND own.province = reached.name
  AND (own.level = 'provincial' OR (own.level IS NULL AND own.kind IN ['NQ', 'QĐ', 'CT', 'KL', 'KH']))
WITH reached, assigned, collect(DISTINCT own) AS own
UNWIND assigned + own AS carrier
MATCH chain = (carrier)-[:IMPLEMENTS*0..8]->(directive:Resolution)
WHERE length(chain) <= $depth
RETURN reached.key AS place, directive.key AS key, [l IN labels(directive) WHERE l <> 'Entity'] AS labels,
       properties(directive) AS properties, [n IN nodes(chain) | n.key] AS chain
