import type { ParsedArticle } from '../article/parse.js';
import type { Extraction } from '../extract/contract.js';
import { topicAncestors } from '../extract/topics.js';
import { foldName, slugify } from '../article/names.js';
import { sha256Hex } from '../article/parse.js';
import { extractorVersion } from '../pipeline/version.js';
import { writeTransaction, type Db, type ManagedTransaction } from './driver.js';
import { bumpGraphVersion } from './graph-version.js';
import { boundExtraction } from './limits.js';
import { clusterReports, refreshMeetings, releaseMeetingReports, toMeetingStatus, writeMeetingReports, type MeetingReport } from './meetings.js';
import { resolveRowsAcrossArticles } from './resolution.js';

/** One article ready for the graph: what was read and what extraction found in it. */
export interface ArticleDocument {
  article: ParsedArticle;
  extraction: Extraction;
  /** The extractor that produced `extraction` (see extractorVersion()); the current one when absent. */
  extractorVersion?: string;
  /** What was left out of the extraction and why (an entity name over the limit, see boundExtraction). */
  notes?: string[];
}

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

/** Spans as one flat list [start0, end0, start1, end1, …]: compact on the edge, rebuilt by the reader. */
function flatOffsets(spans: Array<{ start: number; end: number }>): number[] {
  return spans.flatMap((s) => [s.start, s.end]);
}

/** Turns documents into the parameter rows of the write statements. Pure; exported for tests. */
export function toRows(docs: ArticleDocument[]) {
  const articles = docs.map(({ article: a, extractorVersion: v }) => ({
    id: a.id,
    contentHash: a.contentHash,
    extractorVersion: v ?? extractorVersion(),
    title: a.title,
    publishedAt: a.publishedAt,
    source: a.source ?? null,
    text: a.text,
  }));
  const people = [];
  const roles = [];
  const countries = [];
  const organizations = [];
  const topics = [];
  const reports: MeetingReport[] = [];
  for (const { article, extraction } of docs) {
    // Whoever built the document, nothing over the index limits reaches a statement (see limits.ts).
    const x = boundExtraction(extraction).extraction;
    const idByName = new Map<string, string>();
    // A role's organization is the one the article mentions (its curated id, "ecb"), not a new node named after it.
    const orgIdByName = new Map<string, string>();
    for (const o of x.organizations) for (const n of [o.name, ...o.aliases]) orgIdByName.set(n, o.id);
    // One row per (article, entity): the writer CREATEs an article's edges, so a repeated id must not become two edges.
    const personRow = new Map<string, (typeof people)[number]>();
    for (const p of x.people) {
      idByName.set(p.name, p.id);
      const same = personRow.get(p.id);
      if (same) {
        same.aliases = [...new Set([...same.aliases, ...p.aliases])];
        same.count = p.mentions.length;
        same.offsets = flatOffsets(p.mentions);
      } else {
        const row = {
        articleId: article.id,
        id: p.id,
        name: p.name,
        nameKey: foldName(p.name),
        aliases: p.aliases,
        count: p.mentions.length,
        offsets: flatOffsets(p.mentions),
        };
        personRow.set(p.id, row);
        people.push(row);
      }
      for (const r of p.roles) {
        if (r.country) roles.push({ articleId: article.id, personId: p.id, title: r.title, kind: 'Country', key: r.country, date: article.publishedAt });
        if (r.organization) {
          const orgId = orgIdByName.get(r.organization) ?? slugify(r.organization);
          roles.push({
            articleId: article.id,
            personId: p.id,
            title: r.title,
            kind: 'Organization',
            key: orgId,
            // The organization's id as the article has it: resolution may send the role elsewhere (key), a split back here.
            as: orgId,
            name: r.organization,
            date: article.publishedAt,
          });
        }
      }
    }
    for (const c of x.countries) {
      countries.push({ articleId: article.id, code: c.code, name: c.name, count: c.mentions.length, offsets: flatOffsets(c.mentions) });
    }
    const orgRow = new Map<string, (typeof organizations)[number]>();
    for (const o of x.organizations) {
      const same = orgRow.get(o.id);
      if (same) {
        // As MERGE would: the fullest name wins, every other spelling is an alias.
        const names = [...new Set([same.name, ...same.aliases, o.name, ...o.aliases])];
        same.name = names.reduce((a, b) => (b.length > a.length ? b : a));
        same.aliases = names.filter((n) => n !== same.name);
        same.count = o.mentions.length;
        same.offsets = flatOffsets(o.mentions);
        continue;
      }
      const row = {
        articleId: article.id,
        id: o.id,
        name: o.name,
        aliases: o.aliases,
        count: o.mentions.length,
        offsets: flatOffsets(o.mentions),
      };
      orgRow.set(o.id, row);
      organizations.push(row);
    }
    const topicIds = new Set<string>();
    for (const t of x.topics) {
      if (topicIds.has(t.id)) continue;
      topicIds.add(t.id);
      topics.push({ articleId: article.id, id: t.id, label: t.label, iptc: t.iptc ?? null, score: t.score, main: t.main, ancestors: topicAncestors(t.id) });
    }
    const seen = new Set<string>();
    for (const m of x.meetings) {
      const participantIds = [...new Set(m.participants.map((n) => idByName.get(n)).filter((id): id is string => id !== undefined))].sort();
      // A report without a day (no publication date, none in the text) cannot be placed among events.
      const day = m.date?.date ?? article.publishedAt?.slice(0, 10);
      if (participantIds.length < 2 || !day) continue;
      const status = toMeetingStatus(m.status);
      const key = `${status}|${participantIds.join('|')}|${m.evidence.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reports.push({
        articleId: article.id,
        participantIds,
        status,
        day,
        dateSource: m.date?.source === 'text' ? 'TEXT' : 'PUBLISHED',
        dateText: m.date?.text ?? null,
        placeName: m.place?.name ?? null,
        placeCountry: m.place?.country ?? null,
        evidence: m.evidence.text,
        start: m.evidence.start,
        end: m.evidence.end,
      });
    }
  }
  return { articles, people, roles, countries, organizations, topics, meetings: reports };
}

interface StoredVersion {
  hash: string;
  extractorVersion: string | null;
}

/**
 * The stored versions of the articles, and how many analyst decisions the graph holds (from the count store):
 * read together, so a batch with none to look up (most graphs hold none) spends no round trip on them.
 */
async function existingHashes(tx: ManagedTransaction, ids: string[]): Promise<{ stored: Map<string, StoredVersion>; decisions: number }> {
  const res = await tx.run<{ decisions: number; found: Array<{ id: string; hash: string; extractorVersion: string | null }> }>(
    `/* existingArticleHashes */
     CALL () { MATCH (d:ResolutionDecision) RETURN count(d) AS decisions }
     CALL () {
       UNWIND $ids AS id
       MATCH (a:Article {id: id})
       RETURN collect({id: a.id, hash: a.contentHash, extractorVersion: a.extractorVersion}) AS found
     }
     RETURN decisions, found`,
    { ids },
  );
  const row = res.records[0];
  return {
    stored: new Map((row?.get('found') ?? []).map((f) => [f.id, { hash: f.hash, extractorVersion: f.extractorVersion }])),
    decisions: row?.get('decisions') ?? 0,
  };
}

/**
 * Writes a batch of articles in one transaction: all of them or none. An article
 * whose content is unchanged is skipped; a corrected one (same id, new content)
 * loses its old mentions, topics and meetings before the new ones are written.
 */
export async function writeArticles(db: Db, docs: ArticleDocument[]): Promise<{ outcomes: Map<string, WriteOutcome> } & WriteCounts> {
  return writeTransaction(db, 'writeArticles', async (tx) => {
    const { stored: existing, decisions } = await existingHashes(
      tx,
      docs.map((d) => d.article.id),
    );
    const outcome = new Map<string, WriteOutcome>();
    const toWrite: ArticleDocument[] = [];
    for (const d of docs) {
      const old = existing.get(d.article.id);
      // Unchanged only when the same text went through the same extractor: a new extractor re-extracts.
      if (old && old.hash === d.article.contentHash && old.extractorVersion === (d.extractorVersion ?? extractorVersion())) {
        outcome.set(d.article.id, 'unchanged');
      } else {
        outcome.set(d.article.id, old === undefined ? 'created' : 'updated');
        toWrite.push(d);
      }
    }
    const replaced = toWrite.filter((d) => outcome.get(d.article.id) === 'updated').map((d) => d.article.id);
    const touched = replaced.length > 0 ? await entitiesOf(tx, replaced) : [];
    const released = replaced.length > 0 ? await clearArticleEdges(tx, replaced) : [];
    const events = [...released];
    let counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0 };
    if (toWrite.length > 0) {
      const rows = toRows(toWrite);
      // One node per real person across articles: rows are rewritten to the nodes the graph holds.
      await resolveRowsAcrossArticles(tx, rows, { decisionsInGraph: decisions });
      counts = await writeRows(tx, rows);
      // Reports are grouped into events once their people are the graph's nodes.
      events.push(...(await writeMeetingReports(tx, clusterReports(rows.meetings))));
    }
    // Events the old versions reported and the new ones report are recomputed from their reports; one with none left goes.
    await refreshMeetings(tx, [...new Set(events)], released);
    // What only the old version supported goes with it.
    if (touched.length > 0) await deleteOrphans(tx, touched);
    if (toWrite.length > 0) await bumpGraphVersion(tx);
    return { outcomes: outcome, ...counts };
  });
}


/**
 * Removes what the articles said (mentions, topics, meeting reports, their support of roles), keeping the
 * article nodes. Returns the meeting events they reported, for refreshMeetings.
 */
async function clearArticleEdges(tx: ManagedTransaction, ids: string[]): Promise<string[]> {
  // A role an article states belongs to a person it mentions: found through its mentions (so before
  // they go), not by scanning every HOLDS edge in the graph.
  await tx.run(
    `/* releaseRoles */
     UNWIND $ids AS id
     MATCH (:Article {id: id})-[:MENTIONS]->(:Person)-[h:HOLDS]->()
     WHERE id IN h.articles
     WITH DISTINCT h
     WITH h, [x IN h.articles WHERE NOT x IN $ids] AS rest
     FOREACH (_ IN CASE WHEN size(rest) = 0 THEN [1] ELSE [] END | DELETE h)
     FOREACH (_ IN CASE WHEN size(rest) > 0 THEN [1] ELSE [] END |
       SET h.articles = rest, h.named = [y IN h.named WHERE NOT any(id IN $ids WHERE y STARTS WITH id + '|')])`,
    { ids },
  );
  const events = await releaseMeetingReports(tx, ids);
  await tx.run(
    `/* clearArticleEdges */
     UNWIND $ids AS id
     MATCH (a:Article {id: id})
     CALL (a) { MATCH (a)-[r:MENTIONS|ABOUT]->() DELETE r }`,
    { ids },
  );
  return events;
}

/** The entities the articles mention or are about, and what their people hold: the candidates to become orphans. */
async function entitiesOf(tx: ManagedTransaction, ids: string[]): Promise<string[]> {
  const res = await tx.run<{ e: string }>(
    `/* entitiesOfArticles */
     UNWIND $ids AS id
     MATCH (:Article {id: id})-[:MENTIONS|ABOUT]->(e)
     OPTIONAL MATCH (e)-[:HOLDS]->(held)
     UNWIND [e, held] AS x
     WITH x WHERE x IS NOT NULL
     RETURN DISTINCT elementId(x) AS e`,
    { ids },
  );
  return res.records.map((r) => r.get('e'));
}

/** Of the given entities, those no article mentions or is about any more and that no remaining role links. */
async function deleteOrphans(tx: ManagedTransaction, candidates: string[]): Promise<number> {
  const res = await tx.run<{ n: number }>(
    `/* deleteOrphanEntities */
     UNWIND $candidates AS eid
     MATCH (e) WHERE elementId(e) = eid
       AND NOT EXISTS { (e)<-[:MENTIONS|ABOUT|WITH|HOLDS]-() } AND NOT EXISTS { (e)-[:HOLDS]->() }
     DETACH DELETE e
     RETURN count(*) AS n`,
    { candidates },
  );
  return res.records[0]?.get('n') ?? 0;
}

/**
 * Removes articles and every edge only they supported: their mentions, topics,
 * meetings and roles, and the entities left with nothing. Returns the ids that existed.
 */
export async function removeArticles(db: Db, ids: string[]): Promise<{ removed: string[]; orphansDeleted: number }> {
  return writeTransaction(db, 'removeArticles', async (tx) => {
    const found = (await existingHashes(tx, ids)).stored;
    const removed = ids.filter((id) => found.has(id));
    if (removed.length === 0) return { removed, orphansDeleted: 0 };
    const touched = await entitiesOf(tx, removed);
    const events = await clearArticleEdges(tx, removed);
    await tx.run(`/* deleteArticles */ UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a`, { ids: removed });
    await refreshMeetings(tx, events);
    const orphansDeleted = await deleteOrphans(tx, touched);
    await bumpGraphVersion(tx);
    return { removed, orphansDeleted };
  });
}

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
}

async function writeRows(tx: ManagedTransaction, rows: ReturnType<typeof toRows>): Promise<WriteCounts> {
  const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0 };
  const run = async (cypher: string, params: Record<string, unknown>) => {
    const u = (await tx.run(cypher, params)).summary.counters.updates();
    counts.nodesCreated += u.nodesCreated;
    counts.relationshipsCreated += u.relationshipsCreated;
  };
  await run(
    `/* writeArticleNodes */
     UNWIND $rows AS row
     MERGE (a:Article {id: row.id})
     SET a.title = row.title, a.publishedAt = datetime(row.publishedAt), a.source = row.source,
         a.text = row.text, a.contentHash = row.contentHash, a.extractorVersion = row.extractorVersion`,
    { rows: rows.articles },
  );
  await run(
    `/* writePersonMentions */
     UNWIND $rows AS row
     MATCH (a:Article {id: row.articleId})
     MERGE (p:Person {id: row.id})
       ON CREATE SET p.name = row.name, p.nameKey = row.nameKey, p.surnameKey = row.surnameKey, p.aliases = [], p.aliasText = ''
     // CREATE, not MERGE: the article is new or its old edges were just deleted, and rows are one per person.
     // via/as/asName: set when cross-article resolution sent the article's name here (src/graph/resolution.ts).
     CREATE (a)-[:MENTIONS {count: row.count, offsets: row.offsets, via: row.via, as: row.as, asName: row.asName}]->(p)
     // Names and aliases are written only when something is new: an unchanged SET still costs a full-text index update.
     WITH p, row WHERE any(x IN row.aliases WHERE NOT x IN p.aliases AND x <> p.name)
     SET p.aliases = p.aliases + [x IN row.aliases WHERE NOT x IN p.aliases AND x <> p.name]
     SET p.aliasText = reduce(s = '', x IN p.aliases | s + ' ' + x)`,
    { rows: rows.people },
  );
  await run(
    `/* writeCountryMentions */
     UNWIND $rows AS row
     MATCH (a:Article {id: row.articleId})
     MERGE (c:Country {code: row.code})
       ON CREATE SET c.name = row.name, c.id = row.code
     CREATE (a)-[:MENTIONS {count: row.count, offsets: row.offsets}]->(c)`,
    { rows: rows.countries },
  );
  await run(
    `/* writeOrganizationMentions */
     UNWIND $rows AS row
     MATCH (a:Article {id: row.articleId})
     MERGE (o:Organization {id: row.id})
       ON CREATE SET o.name = row.name, o.aliases = [], o.aliasText = '', o.resolutionKey = row.resolutionKey, o.initials = row.initials, o.headKey = row.headKey
     CREATE (a)-[:MENTIONS {count: row.count, offsets: row.offsets, via: row.via, as: row.as, asName: row.asName}]->(o)
     WITH o, row WHERE size(row.name) > size(o.name) OR any(x IN row.aliases WHERE NOT x IN o.aliases AND x <> o.name)
     // One article may only use "NATO", the next spells it out: the graph keeps the fullest name.
     WITH o, row, CASE WHEN size(row.name) > size(o.name) THEN [o.name] ELSE [] END AS displaced
     SET o.initials = CASE WHEN size(row.name) > size(o.name) THEN row.initials ELSE o.initials END
     SET o.name = CASE WHEN size(row.name) > size(o.name) THEN row.name ELSE o.name END
     WITH o, row, displaced
     SET o.aliases = o.aliases + [x IN row.aliases + displaced WHERE NOT x IN o.aliases AND x <> o.name]
     SET o.aliasText = reduce(s = '', x IN o.aliases | s + ' ' + x)`,
    { rows: rows.organizations },
  );
  await run(
    `/* writeTopics */
     UNWIND $rows AS row
     MATCH (a:Article {id: row.articleId})
     MERGE (t:Topic {id: row.id})
     CREATE (a)-[:ABOUT {score: row.score, main: row.main}]->(t)
     // The taxonomy's label and broader topics win, written only when they differ.
     WITH t, row WHERE t.label IS NULL OR t.label <> row.label OR t.name <> row.label OR coalesce(t.iptc, '') <> coalesce(row.iptc, '')
       OR t.ancestors IS NULL OR t.ancestors <> row.ancestors
     SET t.label = row.label, t.name = row.label, t.iptc = row.iptc, t.ancestors = row.ancestors`,
    { rows: rows.topics },
  );
  await run(
    `/* writeRoles */
     UNWIND $rows AS row
     MATCH (p:Person {id: row.personId})
     CALL (row) {
       WITH row WHERE row.kind = 'Country'
       MATCH (c:Country {code: row.key}) RETURN c AS target
       UNION
       WITH row WHERE row.kind = 'Organization'
       MERGE (o:Organization {id: row.key})
         ON CREATE SET o.name = row.name, o.aliases = [], o.aliasText = '', o.resolutionKey = row.resolutionKey, o.initials = row.initials
       RETURN o AS target
     }
     MERGE (p)-[h:HOLDS {title: row.title}]->(target)
     // The articles that state the role: removing the last of them removes the role. Of a role in an organization,
     // "article|id the article gave it" too (named), so that undoing a merge of that id takes the article's role back.
     WITH h, row, CASE WHEN row.as IS NULL THEN null ELSE row.articleId + '|' + row.as END AS named
     SET h.articles = CASE WHEN row.articleId IN coalesce(h.articles, []) THEN h.articles ELSE coalesce(h.articles, []) + row.articleId END,
         h.named = CASE WHEN named IS NULL OR named IN coalesce(h.named, []) THEN h.named ELSE coalesce(h.named, []) + named END,
         h.since = CASE WHEN h.since IS NULL OR datetime(row.date) < h.since THEN datetime(row.date) ELSE h.since END`,
    { rows: rows.roles },
  );
  return counts;
}
