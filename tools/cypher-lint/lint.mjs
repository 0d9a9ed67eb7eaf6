// Lint Cypher files with Neo4j's own Cypher front end, as Neo4j 5 would see them.
//   node tools/cypher-lint/lint.mjs [--json] FILE...
// Each file is split into statements at `;` (outside strings, quoted names and comments); each
// statement is linted on its own against neo4j5-schema.json (Neo4j 5 Community built-ins).
// Every diagnostic fails the run (syntax and semantic errors, unknown procedures or functions,
// deprecations, performance warnings such as cartesian products), except one allowlisted kind:
// "Parameter $x is not defined" -- our parameters are bound by the driver at run time.
// Exit 0 clean, 1 diagnostics (or a file without statements, or a linter failure),
// 2 usage error or unreadable file.
import { readFileSync } from "node:fs";
import { isNotParamError, lintCypherQuery } from "@neo4j-cypher/language-support";

const schema = JSON.parse(readFileSync(new URL("./neo4j5-schema.json", import.meta.url), "utf8"));
// Browser console commands (`:param`, `:use` ...) are not Cypher; with the library's default
// (consoleCommandsEnabled: true) a file holding only `:param x => 1` lints clean.
const OPTIONS = { consoleCommandsEnabled: false };
const SEVERITY = { 1: "error", 2: "warning", 3: "info", 4: "hint" };

// Split `text` into statements: [{ start, end }] offsets, `;` excluded. Returns also a copy of
// the text with comments blanked (same offsets), to tell statements from comment-only chunks.
function splitStatements(text) {
  const statements = [];
  let bare = "";
  let start = 0;
  let i = 0;
  const blank = (s) => s.replace(/[^\n]/g, " ");
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      const stop = end === -1 ? text.length : end;
      bare += blank(text.slice(i, stop));
      i = stop;
    } else if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? text.length : end + 2;
      bare += blank(text.slice(i, stop));
      i = stop;
    } else if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      while (j < text.length) {
        if (text[j] === "\\" && c !== "`") j += 2;
        else if (text[j] === c && c === "`" && text[j + 1] === "`") j += 2; // `` inside a quoted name
        else if (text[j] === c) break;
        else j += 1;
      }
      const stop = Math.min(j + 1, text.length);
      bare += text.slice(i, stop);
      i = stop;
    } else if (c === ";") {
      statements.push({ start, end: i });
      bare += c;
      i += 1;
      start = i;
    } else {
      bare += c;
      i += 1;
    }
  }
  statements.push({ start, end: text.length });
  return statements
    .filter(({ start, end }) => bare.slice(start, end).trim() !== "")
    .map(({ start, end }) => ({ start, end, bare: bare.slice(start, end) }));
}

// Lint one statement. It is padded with blanks (newlines kept) up to its offset in the file, so
// that the positions the library reports are positions in the file.
function lintStatement(text, { start, end, bare }) {
  const padded = text.slice(0, start).replace(/[^\n]/g, " ") + text.slice(start, end);
  const result = lintCypherQuery(padded, schema, OPTIONS);
  if (!result || !Array.isArray(result.diagnostics) || !Array.isArray(result.symbolTables)) {
    throw new Error("lintCypherQuery returned an unexpected value");
  }
  const diagnostics = result.diagnostics.filter((d) => isNotParamError(d));
  const version = /^\s*CYPHER\s+(\d+)/i.exec(bare);
  if (version && version[1] !== "5") {
    diagnostics.push(diagnosticAt(padded, bare, start, `CYPHER ${version[1]} selected; Neo4j 5 runs Cypher 5`));
  }
  // The library runs its semantic analysis inside a try/catch that returns nothing at all when
  // the analysis throws. Every query clause binds something in the symbol table (even `RETURN 1`
  // and `CREATE (:A)`), so a clean statement with an empty table means the analysis was lost.
  const clause = /\b(MATCH|UNWIND|WITH|RETURN|MERGE|CREATE\s*\(|YIELD)\b/i.test(bare);
  const symbols = result.symbolTables.flat().length;
  if (diagnostics.length === 0 && clause && symbols === 0) {
    diagnostics.push(diagnosticAt(padded, bare, start, "the linter's semantic analysis produced nothing (internal failure?)"));
  }
  return diagnostics;
}

// An error at the first non-blank character of the statement starting at `offset`.
function diagnosticAt(padded, bare, offset, message) {
  const before = padded.slice(0, offset + bare.length - bare.trimStart().length);
  const line = before.split("\n").length - 1;
  const character = before.length - before.lastIndexOf("\n") - 1;
  return { severity: 1, message, range: { start: { line, character } } };
}

function lintFile(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return { path, usage: true, fatal: `cannot read: ${error.message}` };
  }
  const statements = splitStatements(text);
  if (statements.length === 0) return { path, statements: 0, fatal: "no Cypher statement in the file" };
  const diagnostics = [];
  try {
    for (const statement of statements) diagnostics.push(...lintStatement(text, statement));
  } catch (error) {
    return { path, statements: statements.length, fatal: `the linter failed: ${error.message}` };
  }
  return {
    path,
    statements: statements.length,
    diagnostics: diagnostics.map((d) => ({
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      severity: SEVERITY[d.severity] ?? String(d.severity),
      message: d.message,
    })),
  };
}

// Self-check before trusting a clean result: a broken install (the package requires a newer
// Node than some machines have) or a swallowed failure would otherwise pass everything.
function selfCheck() {
  const probes = [
    ["RETURN x", "not defined"],
    ["MATCH (n) RETURN id(n)", "deprecated"],
    ["CALL db.idx.fulltext.queryNodes('a', 'b') YIELD node RETURN node", "db.idx.fulltext.queryNodes"],
  ];
  for (const [query, expected] of probes) {
    const found = lintCypherQuery(query, schema, OPTIONS)?.diagnostics ?? [];
    if (!found.some((d) => d.message.toLowerCase().includes(expected.toLowerCase()))) {
      return `self-check failed: \`${query}\` did not report "${expected}"`;
    }
  }
  return null;
}

function main(args) {
  const asJson = args[0] === "--json";
  const files = asJson ? args.slice(1) : args;
  if (files.length === 0 || files.some((f) => f.startsWith("--"))) {
    console.error("usage: node lint.mjs [--json] FILE...");
    return 2;
  }
  const broken = selfCheck();
  if (broken) {
    console.error(`cypher-lint: ${broken}`);
    return 1;
  }
  const results = files.map(lintFile);
  let failed = false;
  let usage = false;
  let count = 0;
  for (const r of results) {
    count += r.statements ?? 0;
    if (r.fatal) {
      usage ||= Boolean(r.usage);
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
  else if (!failed) console.log(`${files.length} files, ${count} statements: all valid Neo4j 5 Cypher`);
  return usage ? 2 : failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
