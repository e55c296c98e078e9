import { foldName } from '../article/names.js';
import { loadNicknames } from '../pipeline/nicknames.js';
import {
  acronymOf,
  isBareSurname,
  mayBeShortName,
  nameKeys,
  organizationHeadKeys,
  organizationInitials,
  organizationResolutionKey,
  personKey,
  PROMINENT_ARTICLES,
  resolveOrganizationAcross,
  resolvePersonAcross,
  type OrganizationCandidate,
  type NameKeys,
  type PersonCandidate,
  type ResolutionVia,
} from '../resolve/across.js';
import { int, writeTransaction, type Db, type ManagedTransaction } from './driver.js';
import { refreshMeetings } from './meetings.js';
import { bumpGraphVersion } from './graph-version.js';

/**
 * Cross-article resolution against the graph (README, "One node per real person"). At ingest,
 * between extraction and the write of a batch: each person and organization row is looked up by
 * its key (Person.surnameKey; Organization.resolutionKey and .initials; indexed, one lookup per
 * entity, never a scan), the pure rules of src/resolve/across.ts decide, and the row is rewritten
 * to the node it names. The MENTIONS edge keeps why (`via`) and what the article called it
 * (`as`, `asName`), so a merge can be undone; the names join the node's aliases.
 *
 * Analyst decisions (ResolutionDecision nodes, written by `newsgraph entities merge|split` and the
 * mutations) win over the rules, at ingest and in `newsgraph reresolve`.
 */

export type EntityKind = 'Person' | 'Organization';

/**
 * The most candidates one key brings to a batch's rules: the bearers of a surname, the prominent organizations
 * sharing a first word, the most mentioned first. Without it what a key returns grows with the graph (and the
 * rules' work with it, for every row of the key). At 10,000 articles the largest groups are 54 people named
 * Smith and 47 prominent organizations whose name starts "U.S." (of 195): 200 leaves every decision there as it
 * was; past it, a bearer mentioned less than the 200 others sharing its key is no longer found.
 */
export const BEARERS = 200;
/** Labels spliced into statements come only from this closed map. */
const LABEL = { Person: 'Person', Organization: 'Organization' } as const satisfies Record<EntityKind, string>;

export interface PersonRowLike {
  articleId: string;
  id: string;
  name: string;
  aliases: string[];
  count: number;
  offsets: number[];
  surnameKey?: string;
  via?: string | null;
  as?: string | null;
  asName?: string | null;
}
export interface OrganizationRowLike extends PersonRowLike {
  resolutionKey?: string;
  initials?: string;
  headKey?: string;
}
export interface ResolvableRows {
  people: PersonRowLike[];
  organizations: OrganizationRowLike[];
  countries: Array<{ articleId: string; code: string }>;
  roles: Array<{ articleId: string; personId: string; kind: string; key: string; as?: string; name?: string; resolutionKey?: string | null; initials?: string | null }>;
  meetings: Array<{ articleId: string; participantIds: string[] }>;
}

interface Decision {
  kind: EntityKind;
  action: 'merge' | 'apart';
  /** merge: the node kept; apart: one of the two. */
  a: string;
  /** merge: the node merged into `a`; apart: the other. */
  b: string;
}

/**
 * The analyst decisions naming any of the batch's people or organizations, in one statement. Most
 * graphs hold none: the label's count (from the count store) is read first and nothing is looked up.
 */
async function decisionsFor(tx: ManagedTransaction, lookups: Array<{ kind: EntityKind; id: string }>): Promise<Decision[]> {
  if (lookups.length === 0) return [];
  const res = await tx.run<{ kind: EntityKind; action: 'merge' | 'apart'; a: string; b: string }>(
    `/* resolutionDecisions */
     CALL () { MATCH (d:ResolutionDecision) RETURN count(d) AS decisions }
     WITH decisions WHERE decisions > 0
     UNWIND $lookups AS l
     CALL (l) {
       MATCH (d:ResolutionDecision {kind: l.kind, a: l.id}) RETURN d
       UNION
       MATCH (d:ResolutionDecision {kind: l.kind, b: l.id}) RETURN d
     }
     RETURN DISTINCT d.kind AS kind, d.action AS action, d.a AS a, d.b AS b`,
    { lookups },
  );
  return res.records.map((r) => ({ kind: r.get('kind'), action: r.get('action'), a: r.get('a'), b: r.get('b') }));
}

function decisionIndex(decisions: Decision[]) {
  const mergedInto = new Map<string, string>();
  const apart = new Set<string>();
  for (const d of decisions) {
    if (d.action === 'merge') mergedInto.set(d.b, d.a);
    else apart.add(`${d.a}|${d.b}`).add(`${d.b}|${d.a}`);
  }
  return { mergedInto, isApart: (x: string, y: string) => apart.has(`${x}|${y}`) };
}

const uniqueById = <T extends { id: string }>(xs: T[]): T[] => [...new Map(xs.map((x) => [x.id, x])).values()];

/** Combines rows of one article that now name one node (two spellings of one person in an article). */
function combine<T extends PersonRowLike>(rows: T[]): T[] {
  const byKey = new Map<string, T>();
  const out: T[] = [];
  for (const r of rows) {
    const key = `${r.articleId}|${r.id}`;
    const same = byKey.get(key);
    if (!same) {
      byKey.set(key, r);
      out.push(r);
      continue;
    }
    same.count += r.count;
    const pairs: Array<[number, number]> = [];
    for (const o of [same.offsets, r.offsets]) for (let i = 0; i < o.length; i += 2) pairs.push([o[i], o[i + 1]]);
    same.offsets = pairs.sort((x, y) => x[0] - y[0]).flat();
    same.aliases = [...new Set([...same.aliases, ...r.aliases, ...(r.as ? [r.asName ?? r.name] : [])])];
    // The edge says how the article's own spelling came here only when all of it did.
    if (!same.as || !r.as) {
      same.as = null;
      same.asName = null;
      same.via = same.via ?? r.via ?? null;
    }
  }
  return out;
}

const rewrite = (row: PersonRowLike, target: string, via: ResolutionVia) => {
  row.as = row.id;
  row.asName = row.name;
  row.via = via;
  row.aliases = [...new Set([...row.aliases, row.name])];
  row.id = target;
};

/** Notes, per article, that the id a row had went to another node: the article's roles (and meetings) follow it. */
function recordMove(idMap: Map<string, Map<string, string>>, articleId: string, from: string, to: string): void {
  const m = idMap.get(articleId) ?? new Map<string, string>();
  m.set(from, to);
  idMap.set(articleId, m);
}

/**
 * Rewrites a batch's rows (toRows' output) to the nodes the graph already holds, in the write
 * transaction: what a batch sees is what the graph held when it was written.
 */
export async function resolveRowsAcrossArticles(
  tx: ManagedTransaction,
  rows: ResolvableRows,
  opts: { decisionsInGraph?: number } = {},
): Promise<void> {
  for (const r of [...rows.people, ...rows.organizations]) {
    r.via ??= null;
    r.as ??= null;
    r.asName ??= null;
  }
  // An organization a role creates is keyed like one an article mentions.
  for (const r of rows.roles) {
    r.resolutionKey = r.name ? organizationResolutionKey(r.name) : null;
    r.initials = r.name ? organizationInitials(r.name) : null;
  }
  // The decisions naming any row, for both kinds at once: the ids as the articles give them, which
  // people resolution does not change for organizations.
  // The writer knows already when the graph holds no decision (read with the batch's articles): nothing to look up.
  const decisions = opts.decisionsInGraph === 0 ? [] : await decisionsFor(tx, [
    ...[...new Set(rows.people.map((r) => r.id))].map((id) => ({ kind: 'Person' as const, id })),
    ...[...new Set(rows.organizations.map((r) => r.id))].map((id) => ({ kind: 'Organization' as const, id })),
  ]);
  // Each name's keys are computed once per batch, whether a row's or a candidate's.
  const keys = nameKeys();
  await resolvePeopleRows(tx, rows, decisions.filter((d) => d.kind === 'Person'), keys);
  await resolveOrganizationRows(tx, rows, decisions.filter((d) => d.kind === 'Organization'), keys);
}

async function resolvePeopleRows(tx: ManagedTransaction, rows: ResolvableRows, decisions: Decision[], keys: NameKeys): Promise<void> {
  const nicknames = loadNicknames();
  // Each spelling's key is read once per batch (the sort below would read it twice per comparison).
  const keyOf = keys.person;
  for (const r of rows.people) r.surnameKey = keyOf(r.name).surname;
  const surnames = [...new Set(rows.people.map((r) => r.surnameKey!).filter((k) => k !== ''))];
  if (surnames.length === 0) return;
  // The bearers of each surname, the most mentioned first, at most BEARERS of them.
  const res = await tx.run<{ key: string; id: string; name: string; articles: number; roleCountries: string[] }>(
    `/* personCandidates */
     UNWIND $keys AS key
     CALL (key) {
       MATCH (p:Person {surnameKey: key})
       WITH p, COUNT { (p)<-[:MENTIONS]-() } AS articles
       ORDER BY articles DESC, p.id
       LIMIT $bearers
       RETURN p, articles
     }
     RETURN key, p.id AS id, p.name AS name, articles, [(p)-[:HOLDS]->(c:Country) | c.code] AS roleCountries`,
    { keys: surnames, bearers: int(BEARERS) },
  );
  const byKey = new Map<string, PersonCandidate[]>();
  for (const r of res.records) {
    const list = byKey.get(r.get('key')) ?? [];
    list.push({ id: r.get('id'), name: r.get('name'), articles: r.get('articles'), roleCountries: r.get('roleCountries') });
    byKey.set(r.get('key'), list);
  }
  const { mergedInto, isApart } = decisionIndex(decisions);
  const countriesOf = new Map<string, string[]>();
  for (const c of rows.countries) {
    const list = countriesOf.get(c.articleId);
    if (list) list.push(c.code);
    else countriesOf.set(c.articleId, [c.code]);
  }
  const rolesOf = new Map<string, string[]>();
  for (const r of rows.roles) {
    if (r.kind !== 'Country') continue;
    const list = rolesOf.get(`${r.articleId}|${r.personId}`);
    if (list) list.push(r.key);
    else rolesOf.set(`${r.articleId}|${r.personId}`, [r.key]);
  }

  // Full names before bare surnames, the spelling most articles of the batch use first (the others
  // join it), then by name: a batch decides alike whatever its order.
  const uses = new Map<string, number>();
  for (const r of rows.people) uses.set(r.name, (uses.get(r.name) ?? 0) + 1);
  const order = [...rows.people].sort(
    (x, y) =>
      Number(isBareSurname(keyOf(x.name))) - Number(isBareSurname(keyOf(y.name))) ||
      uses.get(y.name)! - uses.get(x.name)! ||
      y.name.length - x.name.length ||
      x.name.localeCompare(y.name) ||
      x.articleId.localeCompare(y.articleId),
  );
  const idMap = new Map<string, Map<string, string>>();
  for (const row of order) {
    const original = row.id;
    const pool = byKey.get(row.surnameKey!) ?? [];
    const analyst = mergedInto.get(row.id);
    const ctx = { roleCountries: rolesOf.get(`${row.articleId}|${row.id}`) ?? [], countries: countriesOf.get(row.articleId) ?? [] };
    const decided = analyst
      ? { id: analyst, via: 'analyst' as const }
      : resolvePersonAcross(
          row.name,
          ctx,
          pool.filter((c) => c.id !== row.id),
          nicknames,
          (candidate) => isApart(row.id, candidate),
          keys,
        );
    if (decided && decided.id !== row.id) rewrite(row, decided.id, decided.via);
    else if (!pool.some((c) => c.id === row.id)) {
      // A node new with this batch is a candidate for the rows after it.
      pool.push({ id: row.id, name: row.name, articles: 1, roleCountries: ctx.roleCountries });
      byKey.set(row.surnameKey!, pool);
    }
    if (row.id !== original) recordMove(idMap, row.articleId, original, row.id);
  }
  if (idMap.size === 0) return;
  rows.people.splice(0, rows.people.length, ...combine(rows.people));
  for (const r of rows.roles) r.personId = idMap.get(r.articleId)?.get(r.personId) ?? r.personId;
  for (const m of rows.meetings) {
    const map = idMap.get(m.articleId);
    if (map) m.participantIds = [...new Set(m.participantIds.map((id) => map.get(id) ?? id))];
  }
  // One person cannot meet themself: a meeting whose two names turned out one person is no meeting.
  rows.meetings.splice(0, rows.meetings.length, ...rows.meetings.filter((m) => m.participantIds.length >= 2));
}

async function resolveOrganizationRows(tx: ManagedTransaction, rows: ResolvableRows, decisions: Decision[], nameKeys: NameKeys): Promise<void> {
  for (const r of rows.organizations) {
    r.resolutionKey = nameKeys.organizationResolutionKey(r.name);
    r.initials = nameKeys.organizationInitials(r.name);
    r.headKey = organizationHeadKeys(r.name)[0];
  }
  // A row's keys: its core name, its acronym, and, for a name that may be a short name, the first word
  // (or two words joined) its name starts with: a longer name ("U.S. Treasury Department") never takes
  // a node for being named alike at the start, so the many nodes sharing its first word are not read.
  // Each key is matched against every stored key: the rules decide what counts.
  const lookupKeys = (r: OrganizationRowLike) =>
    [r.resolutionKey!, acronymOf(r.name) ?? '', ...(mayBeShortName(r.name, nameKeys) ? organizationHeadKeys(r.name) : [])].filter((k) => k !== '');
  const keys = [...new Set(rows.organizations.flatMap(lookupKeys))];
  if (keys.length === 0) return;
  // One record per node with every key that found it: a node found by three keys is read (and its
  // articles counted) once, not three times. A node found only by its initials or its first word can
  // matter only as a prominent one (an acronym's, a short name's: the rules ask PROMINENT_ARTICLES);
  // of those sharing a first word ("U.S.", "National") the most mentioned BEARERS.
  const res = await tx.run<{ keys: string[]; id: string; name: string; articles: number }>(
    `/* organizationCandidates */
     UNWIND $keys AS key
     CALL (key) {
       MATCH (o:Organization {resolutionKey: key}) RETURN o
       UNION
       MATCH (o:Organization {initials: key}) WHERE COUNT { (o)<-[:MENTIONS]-() } >= $prominent RETURN o
       UNION
       MATCH (o:Organization {headKey: key})
       WITH o, COUNT { (o)<-[:MENTIONS]-() } AS articles WHERE articles >= $prominent
       ORDER BY articles DESC, o.id
       LIMIT $bearers
       RETURN o
     }
     WITH o, collect(key) AS keys
     RETURN keys, o.id AS id, o.name AS name, COUNT { (o)<-[:MENTIONS]-() } AS articles`,
    { keys, prominent: int(PROMINENT_ARTICLES), bearers: int(BEARERS) },
  );
  const byKey = new Map<string, OrganizationCandidate[]>();
  for (const r of res.records) {
    const candidate = { id: r.get('id'), name: r.get('name'), articles: r.get('articles') };
    for (const key of r.get('keys')) {
      const list = byKey.get(key);
      if (list) list.push(candidate);
      else byKey.set(key, [candidate]);
    }
  }
  const { mergedInto, isApart } = decisionIndex(decisions);
  // Per article, the ids rows had -> the nodes they went to: the article's roles in them follow.
  const idMap = new Map<string, Map<string, string>>();
  // Rows come sorted by name. A row of the same name and id as the row before it sees the same
  // candidates (the row before can only have added its own node, which no rule moves it from: it was
  // added because nothing took the name), so it is decided alike without running the rules again: a
  // batch names "Reuters" many times.
  let before: { name: string; id: string; decided: ReturnType<typeof resolveOrganizationAcross>; targetName?: string } | undefined;
  for (const row of [...rows.organizations].sort((x, y) => x.name.localeCompare(y.name) || x.articleId.localeCompare(y.articleId))) {
    const { name, id } = row;
    if (!before || before.name !== name || before.id !== id) {
      // The row's own node, when the graph holds it, is among the candidates: the rules weigh it against the others.
      const pool = uniqueById(lookupKeys(row).flatMap((k) => byKey.get(k) ?? []));
      const analyst = mergedInto.get(row.id);
      const decided = analyst ? { id: analyst, via: 'analyst' as const } : resolveOrganizationAcross(row.name, pool, (c) => isApart(row.id, c), nameKeys, row.id);
      before = { name, id, decided, targetName: decided ? pool.find((c) => c.id === decided.id)?.name : undefined };
    }
    const { decided, targetName } = before;
    if (decided && decided.id !== row.id) {
      recordMove(idMap, row.articleId, row.id, decided.id);
      rewrite(row, decided.id, decided.via);
      // The node keeps its name: a variant ("Toyota Motor Corp. GM") is an alias, never the longer name that wins.
      if (targetName !== undefined) row.name = targetName;
    } else if (!(byKey.get(row.resolutionKey!) ?? []).some((c) => c.id === row.id)) {
      byKey.set(row.resolutionKey!, [...(byKey.get(row.resolutionKey!) ?? []), { id: row.id, name: row.name, articles: 1 }]);
    }
  }
  if (idMap.size === 0) return;
  rows.organizations.splice(0, rows.organizations.length, ...combine(rows.organizations));
  // A role in an organization the article names is a role in the node that name went to: keyed by the article's
  // own id, it would make that id a node again ("goldman-sachs-group" beside the "goldman-sachs" its mention took),
  // and the next article naming it would be drawn there.
  for (const r of rows.roles) if (r.kind === 'Organization') r.key = idMap.get(r.articleId)?.get(r.key) ?? r.key;
}

// ------------------------------------------------------------------ merging and splitting nodes

/**
 * Moves everything of node `from` onto node `into` and deletes `from`: mentions (keeping what the
 * article called it, `as`, and why, `via`), meeting participations, roles held and, for
 * organizations, roles held in it; its names become aliases.
 */
export async function mergeNodes(tx: ManagedTransaction, kind: EntityKind, into: string, from: string, via: ResolutionVia): Promise<boolean> {
  const label = LABEL[kind];
  const res = await tx.run(
    `/* mergeEntityNodes */
     MATCH (b:${label} {id: $from}), (t:${label} {id: $into})
     CALL (b, t) {
       MATCH (a)-[m:MENTIONS]->(b)
       OPTIONAL MATCH (a)-[m2:MENTIONS]->(t)
       FOREACH (_ IN CASE WHEN m2 IS NULL THEN [1] ELSE [] END |
         CREATE (a)-[:MENTIONS {count: m.count, offsets: m.offsets, via: coalesce(m.via, $via), as: coalesce(m.as, b.id), asName: coalesce(m.asName, b.name)}]->(t))
       FOREACH (_ IN CASE WHEN m2 IS NOT NULL THEN [1] ELSE [] END | SET m2.count = m2.count + m.count, m2.offsets = m2.offsets + m.offsets)
       DELETE m
     }
     CALL (b, t) {
       // A meeting's people are kept on the event and on each report (src/graph/meetings.ts): b's become t's.
       MATCH (mt:Meeting)-[w:WITH]->(b)
       OPTIONAL MATCH (mt)-[w2:WITH]->(t)
       FOREACH (_ IN CASE WHEN w2 IS NULL THEN [1] ELSE [] END | CREATE (mt)-[:WITH]->(t))
       DELETE w
       SET mt.participantIds = [x IN mt.participantIds WHERE x <> b.id] + CASE WHEN t.id IN mt.participantIds THEN [] ELSE [t.id] END
       WITH mt, b, t
       MATCH (:Article)-[r:REPORTS]->(mt) WHERE b.id IN r.participantIds
       SET r.participantIds = [x IN r.participantIds WHERE x <> b.id] + CASE WHEN t.id IN r.participantIds THEN [] ELSE [t.id] END
     }
     CALL (b, t) {
       MATCH (b)-[h:HOLDS]->(x)
       MERGE (t)-[h2:HOLDS {title: h.title}]->(x)
       SET h2.articles = coalesce(h2.articles, []) + [y IN h.articles WHERE NOT y IN coalesce(h2.articles, [])],
           h2.named = coalesce(h2.named, []) + [y IN coalesce(h.named, []) WHERE NOT y IN coalesce(h2.named, [])],
           h2.since = CASE WHEN h2.since IS NULL OR h.since < h2.since THEN h.since ELSE h2.since END
       DELETE h
     }
     CALL (b, t) {
       MATCH (x)-[h:HOLDS]->(b)
       MERGE (x)-[h2:HOLDS {title: h.title}]->(t)
       SET h2.articles = coalesce(h2.articles, []) + [y IN h.articles WHERE NOT y IN coalesce(h2.articles, [])],
           h2.named = coalesce(h2.named, []) + [y IN coalesce(h.named, []) WHERE NOT y IN coalesce(h2.named, [])],
           h2.since = CASE WHEN h2.since IS NULL OR h.since < h2.since THEN h.since ELSE h2.since END
       DELETE h
     }
     WITH b, t, [x IN [b.name] + coalesce(b.aliases, []) WHERE NOT x IN t.aliases AND x <> t.name] AS added
     SET t.aliases = t.aliases + added, t.aliasText = reduce(s = '', x IN t.aliases + added | s + ' ' + x)
     DETACH DELETE b
     RETURN count(*) AS merged`,
    { from, into, via },
  );
  return (res.records[0]?.get('merged') ?? 0) > 0;
}

/**
 * Of a restored organization unit (t -> u), the roles that articles stated of the organization they named `unit`:
 * those articles leave each HOLDS edge to t (unless the article also named it otherwise) for one of the same title to
 * u; `since` is taken again from the articles left on each edge. A subquery of the unit's one restore statement.
 */
const RESTORE_UNIT_ROLES = `
     CALL (t, u) {
       // From the unit's own articles, not every role edge into t: a big node holds many, and every unit is restored.
       MATCH (a:Article)-[:MENTIONS {as: $unit}]->(t)
       WITH DISTINCT a, t, u
       MATCH (a)-[:MENTIONS]->(x)-[h:HOLDS]->(t)
       WHERE a.id + '|' + $unit IN h.named
       WITH DISTINCT x, h, u
       WITH x, h, u, coalesce(h.named, []) AS named
       WITH x, h, u, named, [a IN h.articles WHERE a + '|' + $unit IN named] AS moved
       WHERE size(moved) > 0
       WITH x, h, u, moved, [y IN named WHERE any(a IN moved WHERE y = a + '|' + $unit)] AS movedNamed,
           [a IN h.articles WHERE NOT a + '|' + $unit IN named OR any(y IN named WHERE y STARTS WITH a + '|' AND y <> a + '|' + $unit)] AS kept
       CALL (moved) { UNWIND moved AS id MATCH (a:Article {id: id}) RETURN min(a.publishedAt) AS movedSince }
       CALL (kept) { UNWIND kept AS id OPTIONAL MATCH (a:Article {id: id}) RETURN min(a.publishedAt) AS keptSince }
       MERGE (x)-[h2:HOLDS {title: h.title}]->(u)
       SET h2.articles = coalesce(h2.articles, []) + [a IN moved WHERE NOT a IN coalesce(h2.articles, [])],
           h2.named = coalesce(h2.named, []) + [y IN movedNamed WHERE NOT y IN coalesce(h2.named, [])],
           h2.since = CASE WHEN h2.since IS NULL OR movedSince < h2.since THEN coalesce(movedSince, h.since) ELSE h2.since END
       WITH h, movedNamed, kept, keptSince
       FOREACH (_ IN CASE WHEN size(kept) > 0 THEN [1] ELSE [] END |
           SET h.articles = kept, h.named = [y IN h.named WHERE NOT y IN movedNamed], h.since = coalesce(keptSince, h.since))
       FOREACH (_ IN CASE WHEN size(kept) = 0 THEN [1] ELSE [] END | DELETE h)
     }`;

/**
 * Undoes merges into `into` of what articles called `unit` (an id before resolution): those
 * mentions and meeting participations go back to node `unit`, created again from the name the
 * articles used; so do the roles those articles state in an organization they named `unit`
 * (HOLDS keeps "article|id" in `named`). Roles a person holds stay with `into`.
 */
export async function restoreUnit(tx: ManagedTransaction, kind: EntityKind, into: string, unit: string): Promise<number> {
  const label = LABEL[kind];
  const name = await tx.run<{ asName: string | null }>(
    `/* unitName */ MATCH (:${label} {id: $into})<-[m:MENTIONS {as: $unit}]-() RETURN m.asName AS asName LIMIT 1`,
    { into, unit },
  );
  const asName = name.records[0]?.get('asName');
  if (!asName) return 0;
  const keys =
    kind === 'Person'
      ? { nameKey: foldName(asName), surnameKey: personKey(asName).surname, resolutionKey: null, initials: null, headKey: null }
      : { nameKey: null, surnameKey: null, resolutionKey: organizationResolutionKey(asName), initials: organizationInitials(asName), headKey: organizationHeadKeys(asName)[0] };
  const res = await tx.run<{ moved: number }>(
    `/* restoreEntityUnit */
     MATCH (t:${label} {id: $into})
     MERGE (u:${label} {id: $unit})
       ON CREATE SET u.name = $asName, u.aliases = [], u.aliasText = '', u.nameKey = $keys.nameKey, u.surnameKey = $keys.surnameKey,
                     u.resolutionKey = $keys.resolutionKey, u.initials = $keys.initials, u.headKey = $keys.headKey
     WITH t, u
     CALL (t, u) {
       // An edge kept as "as" means the article named the person only so: in its reports of meetings, "t" is "u".
       MATCH (a)-[:MENTIONS {as: $unit}]->(t)
       MATCH (a)-[r:REPORTS]->(:Meeting) WHERE t.id IN r.participantIds
       SET r.participantIds = [x IN r.participantIds WHERE x <> t.id] + [u.id]
     }
     ${kind === 'Organization' ? RESTORE_UNIT_ROLES : ''}
     CALL (t, u) {
       MATCH (a)-[m:MENTIONS {as: $unit}]->(t)
       CREATE (a)-[:MENTIONS {count: m.count, offsets: m.offsets}]->(u)
       DELETE m
       RETURN count(*) AS moved
     }
     SET t.aliases = [x IN t.aliases WHERE x <> $asName], t.aliasText = reduce(s = '', x IN [x IN t.aliases WHERE x <> $asName] | s + ' ' + x)
     RETURN moved`,
    { into, unit, asName, keys },
  );
  // The events those reports belong to take their people from the reports again (WITH edges follow).
  const events = await tx.run<{ id: string }>(
    `/* meetingsOfRestoredUnit */
     MATCH (:${label} {id: $unit})<-[:MENTIONS]-(:Article)-[r:REPORTS]->(mt:Meeting) WHERE $unit IN r.participantIds
     RETURN DISTINCT mt.id AS id`,
    { unit },
  );
  await refreshMeetings(tx, events.records.map((r) => r.get('id')));
  return res.records[0]?.get('moved') ?? 0;
}

// ------------------------------------------------------------------ analyst decisions

export class EntityNotFoundError extends Error {
  constructor(kind: EntityKind, id: string) {
    super(`${kind.toLowerCase()} ${JSON.stringify(id)}: no such node`);
    this.name = 'EntityNotFoundError';
  }
}

async function recordDecision(tx: ManagedTransaction, kind: EntityKind, action: 'merge' | 'apart', a: string, b: string): Promise<void> {
  // A new decision on a pair replaces the old one, in either direction.
  await tx.run(
    `/* recordResolutionDecision */
     OPTIONAL MATCH (old:ResolutionDecision {kind: $kind, a: $a, b: $b})
     OPTIONAL MATCH (rev:ResolutionDecision {kind: $kind, a: $b, b: $a})
     DETACH DELETE old, rev
     WITH 1 AS _
     CREATE (:ResolutionDecision {id: $kind + ':' + $a + '|' + $b, kind: $kind, action: $action, a: $a, b: $b, at: datetime()})`,
    { kind, action, a, b },
  );
}

async function exists(tx: ManagedTransaction, kind: EntityKind, id: string): Promise<boolean> {
  const res = await tx.run(`/* entityExists */ MATCH (e:${LABEL[kind]} {id: $id}) RETURN e.id AS id`, { id });
  return res.records.length > 0;
}

/** An analyst's merge: `from` becomes part of `into` now, and every later article naming `from` too. */
export async function mergeEntities(db: Db, kind: EntityKind, into: string, from: string): Promise<void> {
  if (into === from) throw new Error(`cannot merge ${kind.toLowerCase()} ${JSON.stringify(into)} into itself`);
  await writeTransaction(db, 'mergeEntities', async (tx) => {
    if (!(await exists(tx, kind, into))) throw new EntityNotFoundError(kind, into);
    // `from` may already be inside `into` (a resolver merge): then only the decision is new.
    if (await exists(tx, kind, from)) await mergeNodes(tx, kind, into, from, 'analyst');
    await recordDecision(tx, kind, 'merge', into, from);
    await bumpGraphVersion(tx);
  });
}

/**
 * An analyst's split: what articles called `from` leaves `id` again (when a merge put it there)
 * and the two are never joined again, by ingest or reresolve.
 */
export async function splitEntities(db: Db, kind: EntityKind, id: string, from: string): Promise<number> {
  if (id === from) throw new Error(`cannot split ${kind.toLowerCase()} ${JSON.stringify(id)} from itself`);
  return writeTransaction(db, 'splitEntities', async (tx) => {
    if (!(await exists(tx, kind, id))) throw new EntityNotFoundError(kind, id);
    const moved = await restoreUnit(tx, kind, id, from);
    await recordDecision(tx, kind, 'apart', id, from);
    await bumpGraphVersion(tx);
    return moved;
  });
}


// ------------------------------------------------------------------ reresolve

/**
 * The rules for organization node `n` against the other nodes of its keys, as at ingest: `n` is itself a candidate
 * (selfId), so of two nodes of one core name and equal size the one with the larger id goes to the smaller, whichever
 * of them is decided (without it, the smaller id, decided first, went to the larger: the opposite of ingest).
 */
export function reresolveOrganization(
  n: OrganizationCandidate,
  others: readonly OrganizationCandidate[],
  apart: (candidateId: string) => boolean = () => false,
  keys: NameKeys = nameKeys(),
): { id: string; via: ResolutionVia } | undefined {
  return resolveOrganizationAcross(n.name, [n, ...others.filter((c) => c.id !== n.id)], apart, keys, n.id);
}

interface NodeInfo {
  id: string;
  name: string;
  articles: number;
  roleCountries: string[];
  countries?: string[];
}

export interface ReresolveSummary {
  restored: number;
  merged: Array<{ kind: EntityKind; into: string; from: string; via: ResolutionVia }>;
}

/**
 * Re-resolves the whole graph with the current rules: keys are recomputed, every merge the resolver
 * made is undone (mentions go back to the nodes their articles named), then the rules run over each
 * key's group, smallest nodes first. Analyst decisions are kept and applied. Running it twice changes
 * nothing the second time; nothing is duplicated, since every move is of edges between existing nodes.
 * Linear: each node is read once, and each group is decided on its own.
 */
export async function reresolve(db: Db, log: (m: string) => void = () => {}): Promise<ReresolveSummary> {
  const summary: ReresolveSummary = { restored: 0, merged: [] };
  for (const kind of ['Person', 'Organization'] as const) {
    const label = LABEL[kind];
    // 1. Undo the resolver's merges (not the analysts'): one pass finds them, then 200 per transaction.
    const units = await writeTransaction(db, 'reresolveUnits', async (tx) => {
      const res = await tx.run<{ into: string; unit: string }>(
        `/* resolverMergedUnits */
         MATCH ()-[m:MENTIONS]->(t:${label})
         WHERE m.as IS NOT NULL AND m.via <> 'analyst'
         RETURN DISTINCT t.id AS into, m.as AS unit`,
        {},
      );
      return res.records.map((r) => ({ into: r.get('into'), unit: r.get('unit') }));
    });
    for (let i = 0; i < units.length; i += 200) {
      summary.restored += await writeTransaction(db, 'reresolveRestore', async (tx) => {
        let n = 0;
        for (const u of units.slice(i, i + 200)) n += (await restoreUnit(tx, kind, u.into, u.unit)) > 0 ? 1 : 0;
        return n;
      });
    }
    // 2. Every node's keys, read once (keyset pages on the unique id).
    const nodes: NodeInfo[] = [];
    for (let after = ''; ; ) {
      const page = await writeTransaction(db, 'reresolveKeys', async (tx) => {
        const res = await tx.run<NodeInfo>(
          `/* entityKeysPage */
           MATCH (e:${label}) WHERE e.id > $after
           WITH e ORDER BY e.id LIMIT 5000
           // A one-word name has no roles to go by: the countries its articles are most about.
           CALL (e) {
             OPTIONAL MATCH (e)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(c:Country) WHERE NOT e.name CONTAINS ' '
             WITH c.code AS code, count(c) AS n ORDER BY n DESC LIMIT 5
             RETURN collect(code) AS countries
           }
           RETURN e.id AS id, e.name AS name, COUNT { (e)<-[:MENTIONS]-() } AS articles,
                  [(e)-[:HOLDS]->(c:Country) | c.code] AS roleCountries, countries`,
          { after },
        );
        const rows = res.records.map((r) => r.toObject() as NodeInfo);
        const keyed = rows.map((r) =>
          kind === 'Person'
            ? { id: r.id, surnameKey: personKey(r.name).surname, resolutionKey: null, initials: null, headKey: null }
            : { id: r.id, surnameKey: null, resolutionKey: organizationResolutionKey(r.name), initials: organizationInitials(r.name), headKey: organizationHeadKeys(r.name)[0] },
        );
        await tx.run(
          `/* setEntityKeys */
           UNWIND $rows AS row MATCH (e:${label} {id: row.id})
           SET e.surnameKey = row.surnameKey, e.resolutionKey = row.resolutionKey, e.initials = row.initials, e.headKey = row.headKey`,
          { rows: keyed },
        );
        return rows;
      });
      nodes.push(...page);
      if (page.length < 5000) break;
      after = page[page.length - 1].id;
    }
    log(`${kind}: ${nodes.length} nodes`);
    // 3. The rules over each group, smallest first, so variants fold into the node they vary.
    const decisions = await writeTransaction(db, 'reresolveDecisions', async (tx) => {
      const res = await tx.run<Decision>(`/* allResolutionDecisions */ MATCH (d:ResolutionDecision {kind: $kind}) RETURN d.kind AS kind, d.action AS action, d.a AS a, d.b AS b`, { kind });
      return res.records.map((r) => r.toObject() as Decision);
    });
    const { mergedInto, isApart } = decisionIndex(decisions);
    const groups = new Map<string, NodeInfo[]>();
    const keysOf = (n: NodeInfo) =>
      kind === 'Person'
        ? [personKey(n.name).surname]
        : [organizationResolutionKey(n.name), organizationInitials(n.name), organizationHeadKeys(n.name)[0]].filter((k) => k !== '');
    for (const n of nodes) for (const k of keysOf(n)) groups.set(k, [...(groups.get(k) ?? []), n]);
    const gone = new Set<string>();
    const ordered = [...nodes].sort((a, b) => a.articles - b.articles || a.id.localeCompare(b.id));
    const nicknames = loadNicknames();
    const keys = nameKeys();
    for (const n of ordered) {
      const lookup = kind === 'Person' ? keysOf(n) : [organizationResolutionKey(n.name), acronymOf(n.name) ?? '', ...organizationHeadKeys(n.name)];
      const pool = uniqueById(lookup.flatMap((k) => groups.get(k) ?? [])).filter((c) => c.id !== n.id && !gone.has(c.id));
      const analyst = mergedInto.get(n.id);
      const decided =
        analyst !== undefined
          ? { id: analyst, via: 'analyst' as const }
          : kind === 'Person'
            ? resolvePersonAcross(n.name, { roleCountries: n.roleCountries, countries: n.countries ?? [] }, pool, nicknames, (c) => isApart(n.id, c))
            : reresolveOrganization(n, pool, (c) => isApart(n.id, c), keys);
      // Only into a bigger node (or an analyst's choice): two equal nodes do not swap.
      if (!decided || decided.id === n.id || gone.has(decided.id)) continue;
      const target = pool.find((c) => c.id === decided.id);
      if (decided.via !== 'analyst' && target && target.articles < n.articles) continue;
      const done = await writeTransaction(db, 'reresolveMerge', (tx) => mergeNodes(tx, kind, decided.id, n.id, decided.via));
      if (done) {
        gone.add(n.id);
        if (target) target.articles += n.articles;
        summary.merged.push({ kind, into: decided.id, from: n.id, via: decided.via });
      }
    }
  }
  if (summary.merged.length > 0 || summary.restored > 0) await writeTransaction(db, 'reresolveVersion', bumpGraphVersion);
  return summary;
}

// ------------------------------------------------------------------ likely duplicates

export interface DuplicateCandidate {
  kind: EntityKind;
  a: { id: string; name: string; articles: number };
  b: { id: string; name: string; articles: number };
  /** Why they look alike, and why the resolver left them apart. */
  evidence: string;
  /** Articles mentioning both. */
  shared: number;
}

/**
 * Likely duplicates among the most mentioned nodes: pairs sharing a lookup key (a surname; an
 * organization's core name or initials) that the resolver left apart, with the evidence.
 */
export async function findDuplicates(db: Db, kind: EntityKind, top = 200): Promise<DuplicateCandidate[]> {
  const label = LABEL[kind];
  return writeTransaction(db, 'findDuplicates', async (tx) => {
    const res = await tx.run<{ a: NodeInfo; b: NodeInfo; shared: number }>(
      `/* likelyDuplicates */
       MATCH (e:${label})
       WITH e, COUNT { (e)<-[:MENTIONS]-() } AS articles ORDER BY articles DESC LIMIT $top
       CALL (e) {
         MATCH (o:${label}) WHERE o.id <> e.id AND (
           ($label = 'Person' AND o.surnameKey = e.surnameKey) OR
           ($label = 'Organization' AND (o.resolutionKey = e.resolutionKey OR o.initials = toLower(replace(e.name, '.', '')) OR toLower(replace(o.name, '.', '')) = e.initials)))
         RETURN o LIMIT 20
       }
       WITH e, articles, o, COUNT { (o)<-[:MENTIONS]-() } AS oArticles
       RETURN {id: e.id, name: e.name, articles: articles} AS a, {id: o.id, name: o.name, articles: oArticles} AS b,
              COUNT { (e)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(o) } AS shared`,
      { top: int(top), label },
    );
    const seen = new Set<string>();
    const out: DuplicateCandidate[] = [];
    for (const r of res.records) {
      const a = r.get('a');
      const b = r.get('b');
      const pair = [a.id, b.id].sort().join('|');
      if (seen.has(pair)) continue;
      seen.add(pair);
      out.push({ kind, a, b, shared: r.get('shared'), evidence: duplicateEvidence(kind, a.name, b.name) });
    }
    return out.sort((x, y) => Math.max(y.a.articles, y.b.articles) - Math.max(x.a.articles, x.b.articles));
  });
}

function duplicateEvidence(kind: EntityKind, a: string, b: string): string {
  if (kind === 'Organization') return `same core name or initials ("${organizationResolutionKey(a)}" / "${organizationResolutionKey(b)}")`;
  const ka = personKey(a);
  const kb = personKey(b);
  if (isBareSurname(ka) || isBareSurname(kb)) return `bare surname "${foldName(isBareSurname(ka) ? a : b)}": no single prominent bearer fitted its articles`;
  // Shown as written (folded), not as the transliteration keys compared.
  const [fa, fb] = [foldName(a).split(' '), foldName(b).split(' ')];
  return `same surname "${fa[fa.length - 1]}", first names "${fa[0]}" / "${fb[0]}" do not agree, or the middles or roles differ`;
}
