// Loads the CSV files written by `reggraph export-csv` into a running database (the same files that
// `reggraph bulk-import` feeds to Neo4j's import tool). Needs an empty graph and the schema
// (cypher/schema.cypher). Set the folder first, e.g. in cypher-shell:
//   :param base => 'file:///absolute/path/to/import/csv'
// then: cypher-shell -f cypher/load-csv.cypher  (statements run as auto-commit transactions).
// Generated from org.reggraph.graph.CsvLayout; CsvLayoutTest keeps the two in step.

LOAD CSV WITH HEADERS FROM $base + '/nodes-Document.csv' AS row
CALL (row) {
  CREATE (n:Document {id: row.`id:ID(Document)`})
  SET n.title = row.`title`,
      n.titleKey = row.`titleKey`,
      n.shortTitles = CASE WHEN row.`shortTitles:string[]` IS NULL THEN null ELSE split(row.`shortTitles:string[]`, ';') END,
      n.docNumber = row.`docNumber`,
      n.kind = row.`kind`,
      n.level = row.`level`,
      n.issuedDate = date(row.`issuedDate:date`),
      n.effectiveDate = date(row.`effectiveDate:date`),
      n.stub = toBoolean(row.`stub:boolean`),
      n.status = row.`status`,
      n.sourceFile = row.`sourceFile`,
      n.startLine = toInteger(row.`startLine:int`),
      n.endLine = toInteger(row.`endLine:int`),
      n.textHash = row.`textHash`,
      n.versionDate = date(row.`versionDate:date`),
      n.validFrom = date(row.`validFrom:date`),
      n.madeBy = row.`madeBy`,
      n.earlierVersions = CASE WHEN row.`earlierVersions:string[]` IS NULL THEN null ELSE split(row.`earlierVersions:string[]`, ';') END,
      n.firstIssued = date(row.`firstIssued:date`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/nodes-Chapter.csv' AS row
CALL (row) {
  CREATE (n:Chapter {id: row.`id:ID(Chapter)`})
  SET n.number = toInteger(row.`number:int`),
      n.label = row.`label`,
      n.title = row.`title`,
      n.ordinal = toInteger(row.`ordinal:int`),
      n.section = toBoolean(row.`section:boolean`),
      n.startLine = toInteger(row.`startLine:int`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/nodes-Article.csv' AS row
CALL (row) {
  CREATE (n:Article {id: row.`id:ID(Article)`})
  SET n.number = toInteger(row.`number:int`),
      n.label = row.`label`,
      n.text = row.`text`,
      n.startLine = toInteger(row.`startLine:int`),
      n.endLine = toInteger(row.`endLine:int`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/nodes-Agency.csv' AS row
CALL (row) {
  CREATE (n:Agency {id: row.`id:ID(Agency)`})
  SET n.name = row.`name`,
      n.aliases = CASE WHEN row.`aliases:string[]` IS NULL THEN null ELSE split(row.`aliases:string[]`, ';') END,
      n.aliasText = row.`aliasText`,
      n.level = row.`level`,
      n.kind = row.`kind`,
      n.generic = toBoolean(row.`generic:boolean`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-HAS_CHAPTER-Document-Chapter.csv' AS row
CALL (row) {
  MATCH (a:Document {id: row.`:START_ID(Document)`})
  MATCH (b:Chapter {id: row.`:END_ID(Chapter)`})
  CREATE (a)-[r:HAS_CHAPTER]->(b)
  SET r.ordinal = toInteger(row.`ordinal:int`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-HAS_CHAPTER-Chapter-Chapter.csv' AS row
CALL (row) {
  MATCH (a:Chapter {id: row.`:START_ID(Chapter)`})
  MATCH (b:Chapter {id: row.`:END_ID(Chapter)`})
  CREATE (a)-[r:HAS_CHAPTER]->(b)
  SET r.ordinal = toInteger(row.`ordinal:int`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-HAS_ARTICLE-Document-Article.csv' AS row
CALL (row) {
  MATCH (a:Document {id: row.`:START_ID(Document)`})
  MATCH (b:Article {id: row.`:END_ID(Article)`})
  CREATE (a)-[r:HAS_ARTICLE]->(b)
  SET r.ordinal = toInteger(row.`ordinal:int`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-HAS_ARTICLE-Chapter-Article.csv' AS row
CALL (row) {
  MATCH (a:Chapter {id: row.`:START_ID(Chapter)`})
  MATCH (b:Article {id: row.`:END_ID(Article)`})
  CREATE (a)-[r:HAS_ARTICLE]->(b)
  SET r.ordinal = toInteger(row.`ordinal:int`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-CITES-Document-Document.csv' AS row
CALL (row) {
  MATCH (a:Document {id: row.`:START_ID(Document)`})
  MATCH (b:Document {id: row.`:END_ID(Document)`})
  CREATE (a)-[r:CITES]->(b)
  SET r.surface = row.`surface`,
      r.line = toInteger(row.`line:int`),
      r.via = row.`via`,
      r.targetArticle = row.`targetArticle`,
      r.versionDate = date(row.`versionDate:date`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-CITES-Document-Article.csv' AS row
CALL (row) {
  MATCH (a:Document {id: row.`:START_ID(Document)`})
  MATCH (b:Article {id: row.`:END_ID(Article)`})
  CREATE (a)-[r:CITES]->(b)
  SET r.surface = row.`surface`,
      r.line = toInteger(row.`line:int`),
      r.via = row.`via`,
      r.targetArticle = row.`targetArticle`,
      r.versionDate = date(row.`versionDate:date`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-CITES-Article-Document.csv' AS row
CALL (row) {
  MATCH (a:Article {id: row.`:START_ID(Article)`})
  MATCH (b:Document {id: row.`:END_ID(Document)`})
  CREATE (a)-[r:CITES]->(b)
  SET r.surface = row.`surface`,
      r.line = toInteger(row.`line:int`),
      r.via = row.`via`,
      r.targetArticle = row.`targetArticle`,
      r.versionDate = date(row.`versionDate:date`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-CITES-Article-Article.csv' AS row
CALL (row) {
  MATCH (a:Article {id: row.`:START_ID(Article)`})
  MATCH (b:Article {id: row.`:END_ID(Article)`})
  CREATE (a)-[r:CITES]->(b)
  SET r.surface = row.`surface`,
      r.line = toInteger(row.`line:int`),
      r.via = row.`via`,
      r.targetArticle = row.`targetArticle`,
      r.versionDate = date(row.`versionDate:date`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-BASED_ON-Article-Document.csv' AS row
CALL (row) {
  MATCH (a:Article {id: row.`:START_ID(Article)`})
  MATCH (b:Document {id: row.`:END_ID(Document)`})
  CREATE (a)-[r:BASED_ON]->(b)
  SET r.surface = row.`surface`,
      r.line = toInteger(row.`line:int`),
      r.targetArticle = row.`targetArticle`,
      r.via = row.`via`
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-BASED_ON-Document-Document.csv' AS row
CALL (row) {
  MATCH (a:Document {id: row.`:START_ID(Document)`})
  MATCH (b:Document {id: row.`:END_ID(Document)`})
  CREATE (a)-[r:BASED_ON]->(b)
  SET r.surface = row.`surface`,
      r.line = toInteger(row.`line:int`),
      r.targetArticle = row.`targetArticle`,
      r.via = row.`via`
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-AMENDS-Document-Document.csv' AS row
CALL (row) {
  MATCH (a:Document {id: row.`:START_ID(Document)`})
  MATCH (b:Document {id: row.`:END_ID(Document)`})
  CREATE (a)-[r:AMENDS]->(b)
  SET r.date = date(row.`date:date`),
      r.ordinal = toInteger(row.`ordinal:int`),
      r.surface = row.`surface`,
      r.line = toInteger(row.`line:int`),
      r.source = row.`source`
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-REPEALS-Document-Document.csv' AS row
CALL (row) {
  MATCH (a:Document {id: row.`:START_ID(Document)`})
  MATCH (b:Document {id: row.`:END_ID(Document)`})
  CREATE (a)-[r:REPEALS]->(b)
  SET r.partial = toBoolean(row.`partial:boolean`),
      r.articles = CASE WHEN row.`articles:string[]` IS NULL THEN null ELSE split(row.`articles:string[]`, ';') END,
      r.effectiveDate = date(row.`effectiveDate:date`),
      r.surface = row.`surface`,
      r.line = toInteger(row.`line:int`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-PROMULGATES-Document-Document.csv' AS row
CALL (row) {
  MATCH (a:Document {id: row.`:START_ID(Document)`})
  MATCH (b:Document {id: row.`:END_ID(Document)`})
  CREATE (a)-[r:PROMULGATES]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-ISSUED_BY-Document-Agency.csv' AS row
CALL (row) {
  MATCH (a:Document {id: row.`:START_ID(Document)`})
  MATCH (b:Agency {id: row.`:END_ID(Agency)`})
  CREATE (a)-[r:ISSUED_BY]->(b)
  SET r.role = row.`role`
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-RESPONSIBLE_FOR-Document-Agency.csv' AS row
CALL (row) {
  MATCH (a:Document {id: row.`:START_ID(Document)`})
  MATCH (b:Agency {id: row.`:END_ID(Agency)`})
  CREATE (a)-[r:RESPONSIBLE_FOR]->(b)
  SET r.role = row.`role`,
      r.surface = row.`surface`,
      r.what = row.`what`,
      r.line = toInteger(row.`line:int`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-DELEGATES_TO-Document-Agency.csv' AS row
CALL (row) {
  MATCH (a:Document {id: row.`:START_ID(Document)`})
  MATCH (b:Agency {id: row.`:END_ID(Agency)`})
  CREATE (a)-[r:DELEGATES_TO]->(b)
  SET r.what = row.`what`,
      r.kind = row.`kind`,
      r.role = row.`role`,
      r.surface = row.`surface`,
      r.line = toInteger(row.`line:int`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-RESPONSIBLE_FOR-Article-Agency.csv' AS row
CALL (row) {
  MATCH (a:Article {id: row.`:START_ID(Article)`})
  MATCH (b:Agency {id: row.`:END_ID(Agency)`})
  CREATE (a)-[r:RESPONSIBLE_FOR]->(b)
  SET r.role = row.`role`,
      r.surface = row.`surface`,
      r.what = row.`what`,
      r.line = toInteger(row.`line:int`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-DELEGATES_TO-Article-Agency.csv' AS row
CALL (row) {
  MATCH (a:Article {id: row.`:START_ID(Article)`})
  MATCH (b:Agency {id: row.`:END_ID(Agency)`})
  CREATE (a)-[r:DELEGATES_TO]->(b)
  SET r.what = row.`what`,
      r.kind = row.`kind`,
      r.role = row.`role`,
      r.surface = row.`surface`,
      r.line = toInteger(row.`line:int`)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-PART_OF-Agency-Agency.csv' AS row
CALL (row) {
  MATCH (a:Agency {id: row.`:START_ID(Agency)`})
  MATCH (b:Agency {id: row.`:END_ID(Agency)`})
  CREATE (a)-[r:PART_OF]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-SUCCEEDED_BY-Agency-Agency.csv' AS row
CALL (row) {
  MATCH (a:Agency {id: row.`:START_ID(Agency)`})
  MATCH (b:Agency {id: row.`:END_ID(Agency)`})
  CREATE (a)-[r:SUCCEEDED_BY]->(b)
  SET r.date = date(row.`date:date`),
      r.approximate = toBoolean(row.`approximate:boolean`),
      r.source = row.`source`,
      r.scope = row.`scope`
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-HELD_BY-Agency-Agency.csv' AS row
CALL (row) {
  MATCH (a:Agency {id: row.`:START_ID(Agency)`})
  MATCH (b:Agency {id: row.`:END_ID(Agency)`})
  CREATE (a)-[r:HELD_BY]->(b)
  SET r.from = date(row.`from:date`),
      r.to = date(row.`to:date`),
      r.approximate = toBoolean(row.`approximate:boolean`)
} IN TRANSACTIONS OF 10000 ROWS;

// Works and versions, as the writer links them (graph.versions.VersionCypher, over all title keys)
MATCH (d:Document {stub: false}) WHERE d.titleKey IS NOT NULL WITH collect(DISTINCT d.titleKey) AS keys
UNWIND keys AS key
CALL (key) {
  MATCH (:Work {id: key})-[:HAS_VERSION]->(d:Document) RETURN d
  UNION
  MATCH (d:Document {titleKey: key, stub: false}) RETURN d
UNION
MATCH (:Document {titleKey: key, stub: false})-[:REPEALS]->(d:Document {titleKey: key}) RETURN d
UNION
MATCH (n:Document {titleKey: key, stub: false}) WHERE n.earlierVersions IS NOT NULL
UNWIND n.earlierVersions AS number
MATCH (d:Document {docNumber: number}) RETURN d
}
OPTIONAL MATCH (d)-[n:NEXT_VERSION|SAME_EXPRESSION_AS]-()
OPTIONAL MATCH (:Work)-[h:HAS_VERSION]->(d)
DELETE n, h
SET d.versionOrdinal = null, d.validTo = null, d.current = null
WITH DISTINCT key
OPTIONAL MATCH (w:Work {id: key})
DETACH DELETE w;

MATCH (d:Document {stub: false}) WHERE d.titleKey IS NOT NULL WITH collect(DISTINCT d.titleKey) AS keys
UNWIND keys AS key
MATCH (n:Document {titleKey: key, stub: false})-[c:CITES]->(d:Document {stub: true})
WHERE c.versionDate IS NOT NULL AND d.docNumber IN coalesce(n.earlierVersions, [])
WITH d, min(c.versionDate) AS day
SET d.versionDate = day;

MATCH (d:Document {stub: false}) WHERE d.titleKey IS NOT NULL WITH collect(DISTINCT d.titleKey) AS keys
UNWIND keys AS key
CALL (key) {
MATCH (d:Document {titleKey: key, stub: false}) RETURN d
UNION
MATCH (:Document {titleKey: key, stub: false})-[:REPEALS]->(d:Document {titleKey: key}) RETURN d
UNION
MATCH (n:Document {titleKey: key, stub: false}) WHERE n.earlierVersions IS NOT NULL
UNWIND n.earlierVersions AS number
MATCH (d:Document {docNumber: number}) RETURN d
}
WITH key, d ORDER BY coalesce(d.versionDate, date('0001-01-01')), d.id
WITH key, collect(d) AS members
WHERE any(v IN members WHERE v.stub = false)
WITH key, members, [m IN members WHERE NOT m.stub AND m.versionDate IS NOT NULL | {copy: m,
       of: head([o IN members WHERE o.id < m.id AND NOT o.stub AND o.versionDate = m.versionDate
                 AND (o.docNumber IS NULL OR m.docNumber IS NULL OR o.docNumber = m.docNumber)])}] AS pairs
WITH key, members, [x IN pairs WHERE x.of IS NOT NULL] AS pairs
CALL (pairs) {
  UNWIND pairs AS x
  WITH x.copy AS copy, x.of AS of
  CREATE (copy)-[:SAME_EXPRESSION_AS]->(of)
}
CREATE (w:Work {id: key})
WITH w, [v IN members WHERE NOT v IN [x IN pairs | x.copy]] AS versions
UNWIND range(0, size(versions) - 1) AS i
WITH w, i, versions[i] AS v
CREATE (w)-[:HAS_VERSION {ordinal: i + 1}]->(v)
SET v.versionOrdinal = i + 1
RETURN v.id AS id;

MATCH (d:Document {stub: false}) WHERE d.titleKey IS NOT NULL WITH collect(DISTINCT d.titleKey) AS keys
UNWIND keys AS key
MATCH (:Work {id: key})-[h:HAS_VERSION]->(v:Document)
WITH key, v ORDER BY h.ordinal
WITH key, collect(v) AS versions
UNWIND range(1, size(versions) - 1) AS i
WITH versions[i - 1] AS a, versions[i] AS b
CREATE (a)-[:NEXT_VERSION]->(b);

MATCH (d:Document {stub: false}) WHERE d.titleKey IS NOT NULL WITH collect(DISTINCT d.titleKey) AS keys
UNWIND keys AS key
MATCH (:Work {id: key})-[:HAS_VERSION]->(v:Document {titleKey: key, stub: false})
WITH key, collect(v) AS real
WITH real, real + COLLECT { MATCH (c:Document)-[:SAME_EXPRESSION_AS]->(x) WHERE x IN real RETURN c } AS held
WHERE size(held) > 1
UNWIND held AS v
MATCH (v)-[:HAS_CHAPTER|HAS_ARTICLE*0..3]->(t)<-[c:CITES|BASED_ON]-(s)
WHERE (t:Document OR t:Article) AND coalesce(c.via, 'title') <> 'docNumber'
WITH real, v, t, c, s,
     CASE WHEN s:Document THEN s ELSE head([(sd:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..3]->(s) | sd]) END AS src
WITH real, v, t, c, s, src.validFrom AS on
WITH v, t, c, s, [x IN real WHERE on IS NULL OR x.validFrom IS NULL OR x.validFrom <= on] AS valid, real
WITH real, v, t, c, s, CASE WHEN size(valid) > 0
       THEN reduce(b = null, x IN valid | CASE WHEN b IS NULL
            OR coalesce(x.validFrom, date('0001-01-01')) > coalesce(b.validFrom, date('0001-01-01'))
            OR (coalesce(x.validFrom, date('0001-01-01')) = coalesce(b.validFrom, date('0001-01-01')) AND x.id < b.id)
            THEN x ELSE b END)
       ELSE reduce(b = null, x IN real | CASE WHEN b IS NULL OR x.validFrom < b.validFrom
            OR (x.validFrom = b.validFrom AND x.id < b.id) THEN x ELSE b END) END AS best
WHERE best <> v
WITH c, s, best, t, v IN real AS version, CASE WHEN t:Article THEN t.label ELSE c.targetArticle END AS label
OPTIONAL MATCH (ta:Article {id: best.id + '/' + label})
// an article of a copy that its version lacks (another book of 民法典 in its own file) stays where it is
WITH c, s, best, ta, label, t, version WHERE version OR ta IS NOT NULL OR t:Document
WITH c, s, coalesce(ta, best) AS target, CASE WHEN ta IS NULL THEN label END AS pending
CALL (c, s, target, pending) {
  WITH c, s, target, pending
  WHERE NOT EXISTS { (s)-[x]->(target) WHERE type(x) = type(c) }
  CREATE (s)-[n:$(type(c))]->(target) SET n = properties(c), n.targetArticle = pending
}
DELETE c;

// Status from REPEALS/AMENDS and versions, as the writer computes it (GraphCypher.RECOMPUTE_STATUS, over all documents)
MATCH (d:Document) WITH collect(d.id) AS ids
UNWIND ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  OPTIONAL MATCH (x:Document)-[r:REPEALS]->(d)
  WITH x, r ORDER BY CASE WHEN r.partial THEN 1 ELSE 0 END,
                     coalesce(r.effectiveDate, x.effectiveDate, x.issuedDate, date('0001-01-01')) DESC, x.id
  RETURN head(collect(CASE WHEN r IS NULL THEN null ELSE {by: x.id, partial: coalesce(r.partial, false),
         date: coalesce(r.effectiveDate, x.effectiveDate, x.issuedDate)} END)) AS rep
}
CALL (d) {
  OPTIONAL MATCH (x:Document)-[a:AMENDS]->(d)
  WHERE a.source IS NULL AND (d.versionDate IS NULL
        OR coalesce(a.date, x.effectiveDate, x.issuedDate) IS NULL
        OR coalesce(a.date, x.effectiveDate, x.issuedDate) > d.versionDate)
  WITH x, a ORDER BY coalesce(a.date, x.effectiveDate, x.issuedDate, date('0001-01-01')) DESC, x.id
  RETURN head(collect(CASE WHEN a IS NULL THEN null ELSE {by: x.id,
         date: coalesce(a.date, x.effectiveDate, x.issuedDate)} END)) AS am
}
CALL (d) {
  OPTIONAL MATCH (d)-[:NEXT_VERSION]->(n:Document)
  RETURN head(collect(CASE WHEN n IS NULL THEN null ELSE {by: n.id, date: n.validFrom} END)) AS next
}
WITH d, rep, am, next,
     CASE WHEN rep IS NOT NULL AND NOT rep.partial THEN rep WHEN next IS NOT NULL THEN next
          ELSE coalesce(rep, am) END AS change
SET d.status = CASE WHEN rep IS NOT NULL AND NOT rep.partial THEN 'REPEALED'
                    WHEN next IS NOT NULL THEN 'SUPERSEDED'
                    WHEN rep IS NOT NULL THEN 'PARTIALLY_REPEALED'
                    WHEN am IS NOT NULL THEN 'AMENDED'
                    WHEN d.stub THEN 'UNKNOWN' ELSE 'IN_FORCE' END,
    d.statusChangedBy = change.by,
    d.statusDate = change.date;

// Work status, current versions, validity ends
MATCH (d:Document {stub: false}) WHERE d.titleKey IS NOT NULL WITH collect(DISTINCT d.titleKey) AS keys
UNWIND keys AS key
MATCH (w:Work {id: key})-[h:HAS_VERSION]->(v:Document)
WITH w, v ORDER BY h.ordinal
WITH w, collect(v) AS versions
WITH w, versions, versions[size(versions) - 1] AS latest
SET w.title = latest.title, w.kind = latest.kind, w.level = latest.level, w.status = latest.status,
    w.currentVersion = CASE WHEN latest.status = 'REPEALED' THEN null ELSE latest.id END,
    w.versions = size(versions)
WITH versions
UNWIND versions AS v
OPTIONAL MATCH (v)-[:NEXT_VERSION]->(n:Document)
SET v.current = n IS NULL AND v.status <> 'REPEALED',
    v.validTo = CASE WHEN n IS NOT NULL THEN n.validFrom WHEN v.status = 'REPEALED' THEN v.statusDate END;

MATCH (d:Document {stub: false}) WHERE d.titleKey IS NOT NULL WITH collect(DISTINCT d.titleKey) AS keys
UNWIND keys AS key
MATCH (:Work {id: key})-[:HAS_VERSION]->(v:Document)<-[:SAME_EXPRESSION_AS]-(c:Document)
SET c.status = v.status, c.statusDate = v.statusDate, c.statusChangedBy = v.statusChangedBy,
    c.current = v.current, c.validTo = v.validTo, c.versionOrdinal = v.versionOrdinal,
    c.effectiveDate = coalesce(c.effectiveDate, v.effectiveDate);

// Document links, as the writer keeps them (GraphCypher.CREATE_LINKS, over all documents)
MATCH (d:Document) WITH collect(d.id) AS ids
UNWIND ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  MATCH (d)-[:HAS_CHAPTER|HAS_ARTICLE*0..3]->(s)-[r:CITES|BASED_ON|AMENDS|REPEALS|PROMULGATES]->(t)
  RETURN s, r, t
  UNION
  MATCH (d)-[:HAS_CHAPTER|HAS_ARTICLE*0..3]->(t)<-[r:CITES|BASED_ON|AMENDS|REPEALS|PROMULGATES]-(s)
  RETURN s, r, t
}
WITH DISTINCT s, r, t
WITH r, CASE WHEN s:Document THEN s ELSE head([(x:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..3]->(s) | x]) END AS a,
        CASE WHEN t:Document THEN t ELSE head([(x:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..3]->(t) | x]) END AS b
WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
WITH a, b, type(r) AS type, r ORDER BY coalesce(r.line, 0), r.surface
WITH a, b, type, count(r) AS n, collect(r)[0] AS first
CREATE (a)-[:LINKS_TO {type: type, count: n, surface: first.surface, line: first.line}]->(b);

// Fulfilment links (graph.fulfil) are not Cypher: marked as due, the service derives them when it starts
// on this graph (IngestStartupRunner), by the step every ingestion ends with
MERGE (v:GraphVersion {id: 'graph'}) SET v.fulfilmentStale = true;

// A new graph version: services that cache answers drop them
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1, v.changed = datetime();
