// directive-graph: saved queries for Neo4j Browser (Neo4j 5).
//
// Each statement below is parameterised. Set its parameters first with the Browser command shown
// in its comment (":param name => value"), then paste the statement and run it, or drag this
// file onto the Favorites ("Saved Cypher") panel. Only Cypher lives in this file: the :param
// lines are comments, and `make cypher-lint` checks every statement with Neo4j's own parser.
//
// Keys and properties (graph/model.py, loaders/resolve.py): every node has :Entity and a unique
// `key`. A resolution's key is its symbol, with @province for local documents and :year when the
// date is known ("204-QĐ/TW:2024", "331-KH/TU@nghe-an:2025"), and `symbol` holds the bare symbol.
// Every edge keeps its provenance in one list, `prov`, one string per source document
// (graph/provenance.py): the document key, then tab-separated span start, span end, rule and
// sentence (a derived edge, e.g. from the gazetteer: the document key alone). split(e, '\t')
// gives the parts: [0] the document, [4] the sentence.
// Load the style first: `:style`, then drag graph/browser/style.grass onto it.


// 1. The headline: which provincial plans implement a directive, with the sentence and document.
//    :param symbol => '204-QĐ/TW'
MATCH (directive:Resolution)
WHERE directive.key = $symbol OR directive.symbol = $symbol
MATCH (plan:Resolution)-[r:IMPLEMENTS]->(directive)
WHERE plan.level = 'provincial'
UNWIND coalesce(r.prov, []) AS entry
WITH directive, plan, split(entry, '\t') AS part
OPTIONAL MATCH (source:Entity {key: part[0]})
WHERE source:Document
RETURN directive.key AS directive,
       plan.key AS plan,
       plan.title AS title,
       plan.issuer AS issuer,
       plan.province AS province,
       plan.issued_on AS issued_on,
       part[4] AS sentence,
       part[0] AS document,
       source.title AS document_title,
       source.published AS published
ORDER BY issued_on, plan;


// 1b. The same answer as a graph: the directive, its provincial plans and the documents that say so.
//     :param symbol => '204-QĐ/TW'
MATCH (directive:Resolution)
WHERE directive.key = $symbol OR directive.symbol = $symbol
MATCH implemented = (plan:Resolution)-[r:IMPLEMENTS]->(directive)
WHERE plan.level = 'provincial'
OPTIONAL MATCH mentioned = (plan)-[:MENTIONED_IN]->(source:Document)
WHERE source.key IN [e IN r.prov | split(e, '\t')[0]]
RETURN implemented, mentioned;


// 2. A directive's full downstream tree: what implements or cites it, level by level (at most
//    6 levels, as the API's lineage), and where each of those was assigned (agencies, places).
//    :param key => '204-QĐ/TW'
MATCH (root:Resolution)
WHERE root.key = $key OR root.symbol = $key
MATCH tree = (root)<-[:IMPLEMENTS|CITES*0..6]-(carrier:Entity)
OPTIONAL MATCH assigned = (carrier)-[:ASSIGNED_TO]->(:Entity)
RETURN tree, assigned;


// 2b. The same tree as a table: each carrier with its distance from the directive.
//     :param key => '204-QĐ/TW'
MATCH (root:Resolution)
WHERE root.key = $key OR root.symbol = $key
MATCH tree = (root)<-[:IMPLEMENTS|CITES*1..6]-(carrier:Entity)
WITH root, carrier, min(length(tree)) AS depth
RETURN root.key AS directive,
       depth,
       carrier.key AS key,
       [label IN labels(carrier) WHERE label <> 'Entity'][0] AS label,
       coalesce(carrier.title, carrier.name, carrier.key) AS name,
       carrier.level AS level,
       coalesce(carrier.issued_on, carrier.date) AS date
ORDER BY depth, date, key;


// 3. An official's posts over time (HOLDS {title, post, as_of}), with the sentence for each.
//    The parameter is the official's key or part of the folded name (no accents, lower case).
//    :param official => 'nguyen duc trung'
MATCH (person:Official)
WHERE person.key = $official OR person.name_norm CONTAINS toLower($official)
MATCH (person)-[h:HOLDS]->(body:Entity)
RETURN person.key AS key,
       person.name AS official,
       person.province AS province,
       h.as_of AS as_of,
       h.title AS title,
       h.post AS post,
       body.name AS organization,
       [e IN h.prov | split(e, '\t')[0]] AS documents,
       [e IN h.prov | split(e, '\t')[4]] AS sentences
ORDER BY official, as_of, title;


// 4. Meetings that cited a resolution, newest first, with who concluded them and the sentence.
//    :param key => '331-KH/TU'
MATCH (cited:Resolution)
WHERE cited.key = $key OR cited.symbol = $key
MATCH (meeting:Meeting)-[c:CITES]->(cited)
OPTIONAL MATCH (chair:Official)-[:CONCLUDED]->(meeting)
WITH cited, meeting, c, collect(DISTINCT chair.name) AS concluded_by
RETURN cited.key AS resolution,
       meeting.date AS date,
       meeting.name AS meeting,
       meeting.body AS body,
       meeting.province AS province,
       concluded_by,
       [e IN c.prov | split(e, '\t')[4]] AS sentences,
       [e IN c.prov | split(e, '\t')[0]] AS documents
ORDER BY date DESC, meeting;


// 5. What reached a locality: the directives, each with the shortest chain that brought it.
//    The same text as graph/queries/locality_directives.cypher (the API's /localities/{key}/directives
//    and the page run that file; a test keeps the two identical). What counts as reached: the
//    locality, the units merged into it (MERGED_INTO), every unit those are PART_OF and the units
//    merged into those; whatever is
//    ASSIGNED_TO one of them, and for a province the provincial directives it issued itself
//    (rule "issuer-province"); then up the IMPLEMENTS chain, at most $depth steps.
//    :param locality => 'xa/khai-son@nghe-an'
//    :param depth => 4
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
ORDER BY size(chain), key;
