// The first four levels of a lineage walk upwards (what each node implements or cites, what was assigned to it: the rows of lineage_up_step),
// and the root (level 0), in one round trip instead of one per level: a walk of a provincial plan spent
// most of its time waiting for four replies on a busy machine (BENCHMARKS.md, Computed answers). FalkorDB only.
// Level n+1 expands the keys first reached at level n (a key seen on an earlier level is not expanded
// again); graph/lineage.py replays the rows level by level with the same rules as over lineage_up_step,
// so the walk is the same (tests/contract checks it), and walks deeper than 4 go on with the step query.
// Each row is one JSON string in the column `json_row`: {level, parent, type, direction, edge, key, labels, node};
// the root's row has level 0 and no parent. No row at all: no node has that key.
// A Document comes without its text (GET /documents/{key} serves it).
// @mode read
// @param key: the root's key
// @param depth: levels to return (at most 4 are)
// @param max_nodes: no level is expanded once this many keys were reached on the levels before it (the walk
//   stops at that many: it never needs the rows of a level the query leaves out)
MATCH (root:Entity {key: $key})
WITH [toJSON({level: 0, parent: null, key: root.key, labels: [l IN labels(root) WHERE l <> 'Entity'],
     node: CASE WHEN 'Document' IN labels(root)
       THEN {key: root.key, title: root.title, published: root.published, source: root.source}
       ELSE properties(root) END})] AS rows,
     [root.key] AS seen, CASE WHEN $depth > 0 THEN [root.key] ELSE [] END AS frontier
// level 1
CALL {
  WITH frontier
  UNWIND frontier AS parent
  MATCH (p:Entity {key: parent})-[r:IMPLEMENTS|CITES]->(c:Entity)
  RETURN collect(toJSON({level: 1, parent: parent, type: type(r), direction: 'out', edge: properties(r),
      key: c.key, labels: [l IN labels(c) WHERE l <> 'Entity'],
      node: CASE WHEN 'Document' IN labels(c)
        THEN {key: c.key, title: c.title, published: c.published, source: c.source}
        ELSE properties(c) END})) AS a, collect(DISTINCT c.key) AS ka
}
CALL {
  WITH frontier
  UNWIND frontier AS parent
  MATCH (p:Entity {key: parent})<-[r:ASSIGNED_TO]-(c:Entity)
  RETURN collect(toJSON({level: 1, parent: parent, type: type(r), direction: 'in', edge: properties(r),
      key: c.key, labels: [l IN labels(c) WHERE l <> 'Entity'],
      node: CASE WHEN 'Document' IN labels(c)
        THEN {key: c.key, title: c.title, published: c.published, source: c.source}
        ELSE properties(c) END})) AS b, collect(DISTINCT c.key) AS kb
}
WITH rows + a + b AS rows, seen, [k IN ka + kb WHERE NOT k IN seen] AS found
WITH rows, seen + found AS seen, CASE WHEN $depth > 1 AND size(seen) < $max_nodes THEN found ELSE [] END AS frontier
// level 2
CALL {
  WITH frontier
  UNWIND frontier AS parent
  MATCH (p:Entity {key: parent})-[r:IMPLEMENTS|CITES]->(c:Entity)
  RETURN collect(toJSON({level: 2, parent: parent, type: type(r), direction: 'out', edge: properties(r),
      key: c.key, labels: [l IN labels(c) WHERE l <> 'Entity'],
      node: CASE WHEN 'Document' IN labels(c)
        THEN {key: c.key, title: c.title, published: c.published, source: c.source}
        ELSE properties(c) END})) AS a, collect(DISTINCT c.key) AS ka
}
CALL {
  WITH frontier
  UNWIND frontier AS parent
  MATCH (p:Entity {key: parent})<-[r:ASSIGNED_TO]-(c:Entity)
  RETURN collect(toJSON({level: 2, parent: parent, type: type(r), direction: 'in', edge: properties(r),
      key: c.key, labels: [l IN labels(c) WHERE l <> 'Entity'],
      node: CASE WHEN 'Document' IN labels(c)
        THEN {key: c.key, title: c.title, published: c.published, source: c.source}
        ELSE properties(c) END})) AS b, collect(DISTINCT c.key) AS kb
}
WITH rows + a + b AS rows, seen, [k IN ka + kb WHERE NOT k IN seen] AS found
WITH rows, seen + found AS seen, CASE WHEN $depth > 2 AND size(seen) < $max_nodes THEN found ELSE [] END AS frontier
// level 3
CALL {
  WITH frontier
  UNWIND frontier AS parent
  MATCH (p:Entity {key: parent})-[r:IMPLEMENTS|CITES]->(c:Entity)
  RETURN collect(toJSON({level: 3, parent: parent, type: type(r), direction: 'out', edge: properties(r),
      key: c.key, labels: [l IN labels(c) WHERE l <> 'Entity'],
      node: CASE WHEN 'Document' IN labels(c)
        THEN {key: c.key, title: c.title, published: c.published, source: c.source}
        ELSE properties(c) END})) AS a, collect(DISTINCT c.key) AS ka
}
CALL {
  WITH frontier
  UNWIND frontier AS parent
  MATCH (p:Entity {key: parent})<-[r:ASSIGNED_TO]-(c:Entity)
  RETURN collect(toJSON({level: 3, parent: parent, type: type(r), direction: 'in', edge: properties(r),
      key: c.key, labels: [l IN labels(c) WHERE l <> 'Entity'],
      node: CASE WHEN 'Document' IN labels(c)
        THEN {key: c.key, title: c.title, published: c.published, source: c.source}
        ELSE properties(c) END})) AS b, collect(DISTINCT c.key) AS kb
}
WITH rows + a + b AS rows, seen, [k IN ka + kb WHERE NOT k IN seen] AS found
WITH rows, seen + found AS seen, CASE WHEN $depth > 3 AND size(seen) < $max_nodes THEN found ELSE [] END AS frontier
// level 4
CALL {
  WITH frontier
  UNWIND frontier AS parent
  MATCH (p:Entity {key: parent})-[r:IMPLEMENTS|CITES]->(c:Entity)
  RETURN collect(toJSON({level: 4, parent: parent, type: type(r), direction: 'out', edge: properties(r),
      key: c.key, labels: [l IN labels(c) WHERE l <> 'Entity'],
      node: CASE WHEN 'Document' IN labels(c)
        THEN {key: c.key, title: c.title, published: c.published, source: c.source}
        ELSE properties(c) END})) AS a, collect(DISTINCT c.key) AS ka
}
CALL {
  WITH frontier
  UNWIND frontier AS parent
  MATCH (p:Entity {key: parent})<-[r:ASSIGNED_TO]-(c:Entity)
  RETURN collect(toJSON({level: 4, parent: parent, type: type(r), direction: 'in', edge: properties(r),
      key: c.key, labels: [l IN labels(c) WHERE l <> 'Entity'],
      node: CASE WHEN 'Document' IN labels(c)
        THEN {key: c.key, title: c.title, published: c.published, source: c.source}
        ELSE properties(c) END})) AS b, collect(DISTINCT c.key) AS kb
}
UNWIND rows + a + b AS json_row
RETURN json_row
