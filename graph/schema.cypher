// Constraints and indexes of the directive-graph model (Neo4j 5 Cypher).
// This file is the only place that defines them. Every statement is idempotent
// (IF NOT EXISTS), so `dg schema apply` can run any number of times. The embedded
// backend (FalkorDB) translates these same statements into its own index commands.

// Every node carries :Entity, and `key` is unique across all of them.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
// No key index per label: every lookup by key goes through :Entity (`MATCH (d:Entity {key: k}) WHERE d:Document`),
// and a second index of the same keys cost FalkorDB memory and a write per node (BENCHMARKS.md, Memory).
// Neo4j keeps the graph's version token (graph/queries/neo4j/graph_version.cypher) on one node.
CREATE CONSTRAINT graph_version_key IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.key IS UNIQUE;
// One StoreFormat node says which stored shape the store holds (graph/provenance.py's upgrade).
CREATE CONSTRAINT store_format_key IF NOT EXISTS FOR (n:StoreFormat) REQUIRE n.key IS UNIQUE;
// The change log (GET /changes, graph/changes.py): one ChangeLog node numbers the changes, ChangeSet nodes
// hold them, found by the last number they hold.
CREATE CONSTRAINT change_log_key IF NOT EXISTS FOR (n:ChangeLog) REQUIRE n.key IS UNIQUE;
CREATE INDEX change_set_last IF NOT EXISTS FOR (n:ChangeSet) ON (n.last);

// Lookups and filters.
CREATE INDEX entity_name_norm IF NOT EXISTS FOR (n:Entity) ON (n.name_norm);
// keys keep their Vietnamese letters; key_ascii (the key folded) serves lookups by the folded form
CREATE INDEX entity_key_ascii IF NOT EXISTS FOR (n:Entity) ON (n.key_ascii);
CREATE INDEX resolution_kind IF NOT EXISTS FOR (n:Resolution) ON (n.kind);
CREATE INDEX resolution_number IF NOT EXISTS FOR (n:Resolution) ON (n.number);
CREATE INDEX resolution_symbol IF NOT EXISTS FOR (n:Resolution) ON (n.symbol);
CREATE INDEX resolution_symbol_key IF NOT EXISTS FOR (n:Resolution) ON (n.symbol_key);
CREATE INDEX resolution_issued_on IF NOT EXISTS FOR (n:Resolution) ON (n.issued_on);
CREATE INDEX resolution_level IF NOT EXISTS FOR (n:Resolution) ON (n.level);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX meeting_province IF NOT EXISTS FOR (n:Meeting) ON (n.province);
CREATE INDEX locality_level IF NOT EXISTS FOR (n:Locality) ON (n.level);
CREATE INDEX document_path IF NOT EXISTS FOR (n:Document) ON (n.path);

// Accent-insensitive search over every entity (name_norm is folded: no marks, d for đ).
// No stop words: short Vietnamese syllables ("an", "to") are not English noise.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name_norm]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
