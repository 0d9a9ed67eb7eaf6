// Lint Cypher files with Neo4j's own Cypher front end, as Neo4j 5 would see them.
//   node tools/cypher-lint/lint.mjs [--json] FILE...
// Every diagnostic fails the run (syntax and semantic errors, unknown procedures or functions,
// deprecations, performance warnings), except "parameter not defined": our parameters are bound
// at run time. Exit 0 clean, 1 diagnostics, 2 usage or unreadable file.
import { readFileSync } from "node:fs";
import { isNotParamError, lintCypherQuery } from "@neo4j-cypher/language-support";

const schema = JSON.parse(readFileSync(new URL("./neo4j5-schema.json", import.meta.url), "utf8"));
const args = process.argv.slice(2);
const asJson = args[0] === "--json";
const files = asJson ? args.slice(1) : args;
if (files.length === 0) {
  console.error("usage: node lint.mjs [--json] FILE...");
  process.exit(2);
}

const SEVERITY = { 1: "error", 2: "warning", 3: "info", 4: "hint" };

// Blank out comments (keeping offsets) so that a file of comments only counts as empty.
function withoutComments(text) {
  return text.replace(/\/\/[^\n]*/g, (c) => " ".repeat(c.length));
}

function lintFile(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return { path, fatal: `cannot read: ${error.message}` };
  }
  if (!withoutComments(text).replace(/;/g, "").trim()) {
    return { path, fatal: "no Cypher statement in the file" };
  }
  let result;
  try {
    result = lintCypherQuery(text, schema);
  } catch (error) {
    return { path, fatal: `the linter failed: ${error.message}` };
  }
  if (!result || !Array.isArray(result.diagnostics)) {
    return { path, fatal: "the linter returned no diagnostics list" };
  }
  const diagnostics = result.diagnostics.filter((d) => isNotParamError(d)).map((d) => ({
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    severity: SEVERITY[d.severity] ?? String(d.severity),
    message: d.message,
  }));
  return { path, diagnostics };
}

const results = files.map(lintFile);
let failed = false;
let usage = false;
for (const r of results) {
  if (r.fatal) {
    usage ||= r.fatal.startsWith("cannot read");
    failed = true;
    if (!asJson) console.error(`${r.path}: fatal: ${r.fatal}`);
    continue;
  }
  for (const d of r.diagnostics) {
    failed = true;
    if (!asJson) console.log(`${r.path}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
  }
}
if (asJson) console.log(JSON.stringify(results, null, 1));
else if (!failed) console.log(`${files.length} files: every statement is valid Neo4j 5 Cypher`);
process.exit(usage ? 2 : failed ? 1 : 0);
