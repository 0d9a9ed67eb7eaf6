// The first four levels of a lineage walk downwards (what implements or cites each node, where a node was assigned to: the rows of lineage_down_step),
// and the root (level 0), in one round trip instead of one per level: a walk of a provincial plan spent
// most of its time waiting for four replies on a busy machine (BENCHMARKS.md, Computed answers). FalkorDB only.
// Level n+1 expands the nodes first reached at level n (a node seen on an earlier level is not expanded
// again); graph/lineage.py replays the rows level by level with the same rules as over lineage_down_step,
// so the walk is the same (tests/contract checks it), and walks deeper than 4 go on with the step query.
// Columns: level, parent, type, direction, edge, key, labels, node (those of lineage_down_step, and the level);
// the root's row has level 0 and no parent, type, direction or edge. No row at all: no node has that key.
// Each level collects [level, parent, direction, relationship, node] (references, not copies of their
// properties): the rows are projected once, at the end; the frontier is nodes, not keys to look up again.
// A Document comes without its text (GET /documents/{key} serves it).
// @mode read
// @param key: the root's key
// @param depth: levels to return (at most 4 are)
// @param max_nodes: no level is expanded once this many keys were reached on the levels before it (the walk
//   stops at that many: it never needs the rows of a level the query leaves out)
MATCH (root:Entity {key: $key})
WITH [[0, null, null, null, root]] AS rows,
     [root] AS seen, CASE WHEN $depth > 0 THEN [root] ELSE [] END AS frontier
// level 1
CALL {
  WITH frontier
  UNWIND frontier AS p
  MATCH (p)<-[r:IMPLEMENTS|CITES]-(c:Entity)
  RETURN collect([1, p.key, 'in', r, c]) AS a, collect(DISTINCT c) AS ka
}
CALL {
  WITH frontier
  UNWIND frontier AS p
  MATCH (p)-[r:ASSIGNED_TO]->(c:Entity)
  RETURN collect([1, p.key, 'out', r, c]) AS b, collect(DISTINCT c) AS kb
}
WITH rows + a + b AS rows, seen, [k IN ka + kb WHERE NOT k IN seen] AS found
WITH rows, seen + found AS seen, CASE WHEN $depth > 1 AND size(seen) < $max_nodes THEN found ELSE [] END AS frontier
// level 2
CALL {
  WITH frontier
  UNWIND frontier AS p
  MATCH (p)<-[r:IMPLEMENTS|CITES]-(c:Entity)
  RETURN collect([2, p.key, 'in', r, c]) AS a, collect(DISTINCT c) AS ka
}
CALL {
  WITH frontier
  UNWIND frontier AS p
  MATCH (p)-[r:ASSIGNED_TO]->(c:Entity)
  RETURN collect([2, p.key, 'out', r, c]) AS b, collect(DISTINCT c) AS kb
}
WITH rows + a + b AS rows, seen, [k IN ka + kb WHERE NOT k IN seen] AS found
WITH rows, seen + found AS seen, CASE WHEN $depth > 2 AND size(seen) < $max_nodes THEN found ELSE [] END AS frontier
// level 3
CALL {
  WITH frontier
  UNWIND frontier AS p
  MATCH (p)<-[r:IMPLEMENTS|CITES]-(c:Entity)
  RETURN collect([3, p.key, 'in', r, c]) AS a, collect(DISTINCT c) AS ka
}
CALL {
  WITH frontier
  UNWIND frontier AS p
  MATCH (p)-[r:ASSIGNED_TO]->(c:Entity)
  RETURN collect([3, p.key, 'out', r, c]) AS b, collect(DISTINCT c) AS kb
}
WITH rows + a + b AS rows, seen, [k IN ka + kb WHERE NOT k IN seen] AS found
WITH rows, seen + found AS seen, CASE WHEN $depth > 3 AND size(seen) < $max_nodes THEN found ELSE [] END AS frontier
// level 4
CALL {
  WITH frontier
  UNWIND frontier AS p
  MATCH (p)<-[r:IMPLEMENTS|CITES]-(c:Entity)
  RETURN collect([4, p.key, 'in', r, c]) AS a, collect(DISTINCT c) AS ka
}
CALL {
  WITH frontier
  UNWIND frontier AS p
  MATCH (p)-[r:ASSIGNED_TO]->(c:Entity)
  RETURN collect([4, p.key, 'out', r, c]) AS b, collect(DISTINCT c) AS kb
}
// each row's values are read once, at the end: the levels pass on references to the nodes and relationships
UNWIND rows + a + b AS row
WITH row[0] AS level, row[1] AS parent, row[2] AS direction, row[3] AS r, row[4] AS c
RETURN level, parent, CASE WHEN r IS NULL THEN null ELSE type(r) END AS type, direction,
       CASE WHEN r IS NULL THEN null ELSE properties(r) END AS edge, c.key AS key,
       [l IN labels(c) WHERE l <> 'Entity'] AS labels,
       CASE WHEN 'Document' IN labels(c)
         THEN {key: c.key, title: c.title, published: c.published, source: c.source}
         ELSE properties(c) END AS node
