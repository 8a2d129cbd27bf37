// Constraints and indexes of the graph model (../shared/design/GRAPH_MODEL.md).
// Applied idempotently at every start-up (IF NOT EXISTS); safe to run by hand with cypher-shell too.

CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT chapter_id IF NOT EXISTS FOR (c:Chapter) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (a:Agency) REQUIRE a.id IS UNIQUE;
// one lock node that serialises ingestion transactions (MERGE under a constraint never makes two)
CREATE CONSTRAINT ingest_lock_id IF NOT EXISTS FOR (l:IngestLock) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT work_id IF NOT EXISTS FOR (w:Work) REQUIRE w.id IS UNIQUE;

CREATE INDEX document_doc_number IF NOT EXISTS FOR (d:Document) ON (d.docNumber);
CREATE INDEX document_title IF NOT EXISTS FOR (d:Document) ON (d.title);
CREATE INDEX document_title_key IF NOT EXISTS FOR (d:Document) ON (d.titleKey);
CREATE INDEX document_status IF NOT EXISTS FOR (d:Document) ON (d.status);
CREATE INDEX document_kind IF NOT EXISTS FOR (d:Document) ON (d.kind);
CREATE INDEX document_issued_date IF NOT EXISTS FOR (d:Document) ON (d.issuedDate);
CREATE INDEX document_source_file IF NOT EXISTS FOR (d:Document) ON (d.sourceFile);
CREATE INDEX agency_name IF NOT EXISTS FOR (a:Agency) ON (a.name);

// The CJK analyzer indexes Chinese as overlapping bigrams, so any two-character fragment of a title matches.
CREATE FULLTEXT INDEX document_fulltext IF NOT EXISTS FOR (n:Document|Article) ON EACH [n.title, n.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX agency_fulltext IF NOT EXISTS FOR (a:Agency) ON EACH [a.name, a.aliasText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
