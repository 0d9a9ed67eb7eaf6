// Writes neo4j5-schema.json: the built-in procedures and functions of Neo4j 5 Community, taken
// from the language-support package's own Neo4j catalogue minus plugins (APOC, GDS) and
// Enterprise-only features. Run once when the pinned package version changes:
//   node tools/cypher-lint/build-schema.mjs
import { writeFileSync } from "node:fs";
import { testData } from "@neo4j-cypher/language-support";

const ENTERPRISE = [
  /^db\.cdc\./, /^cdc\./, /^dbms\.cluster\.(?!routing\.)/, /^dbms\.quarantineDatabase$/,
  /^dbms\.setDatabaseAllocator$/, /^dbms\.setDefaultAllocationNumbers$/, /^dbms\.showTopologyGraphConfig$/,
  /^dbms\.listPools$/, /^dbms\.setConfigValue$/, /^dbms\.checkConfigValue$/, /^dbms\.upgrade/,
  /^dbms\.scheduler\./, /^dbms\.setDefaultDatabase$/,
];
const isCommunityProcedure = (name) =>
  /^(db|dbms|tx)\./.test(name) && !ENTERPRISE.some((pattern) => pattern.test(name));

const source = testData.mockSchema;
const version = "CYPHER 5";
const procedures = Object.fromEntries(
  Object.entries(source.procedures[version]).filter(([name]) => isCommunityProcedure(name)).sort(),
);
const functions = Object.fromEntries(
  Object.entries(source.functions[version]).filter(([, fn]) => fn.isBuiltIn).sort(),
);
const schema = {
  comment: "Neo4j 5 Community built-in procedures and functions (see build-schema.mjs).",
  defaultLanguage: version,
  procedures: { [version]: procedures },
  functions: { [version]: functions },
};
writeFileSync(new URL("./neo4j5-schema.json", import.meta.url), JSON.stringify(schema, null, 1) + "\n");
console.log(`${Object.keys(procedures).length} procedures, ${Object.keys(functions).length} functions`);
