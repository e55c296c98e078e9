import { int, readQuery, type Db } from '../graph/driver.js';
import { foldName } from '../article/names.js';
import { ENTITY } from './cypher.js';
import { offsetAfter, offsetPage, once } from './page.js';
import type { CountryRow, EntityKind, OrganizationRow, Page, PersonRow, RoleRow, TopicRow } from './rows.js';

/** People, countries, organizations and topics: by key, by name, ranked lists of them, and people's roles. */

export async function getPeople(db: Db, ids: readonly string[]): Promise<PersonRow[]> {
  const res = await readQuery(
    db,
    'getPeople',
    `/* getPeople */
     UNWIND $ids AS id
     MATCH (p:Person {id: id})
     RETURN p.id AS id, p.name AS name, p.aliases AS aliases, COUNT { ()-[:MENTIONS]->(p) } AS articleCount`,
    { ids },
  );
  return res.records.map((r) => ({
    kind: 'Person',
    id: r.get('id'),
    name: r.get('name'),
    aliases: r.get('aliases') ?? [],
    articleCount: r.get('articleCount'),
  }));
}

export async function getCountries(db: Db, codes: readonly string[]): Promise<CountryRow[]> {
  const res = await readQuery(
    db,
    'getCountries',
    `/* getCountries */
     UNWIND $codes AS code
     MATCH (c:Country {code: code})
     RETURN c.code AS code, c.name AS name, COUNT { ()-[:MENTIONS]->(c) } AS articleCount`,
    { codes },
  );
  return res.records.map((r) => ({
    kind: 'Country',
    id: r.get('code'),
    code: r.get('code'),
    name: r.get('name'),
    articleCount: r.get('articleCount'),
  }));
}

export async function getOrganizations(db: Db, ids: readonly string[]): Promise<OrganizationRow[]> {
  const res = await readQuery(
    db,
    'getOrganizations',
    `/* getOrganizations */
     UNWIND $ids AS id
     MATCH (o:Organization {id: id})
     RETURN o.id AS id, o.name AS name, o.aliases AS aliases, COUNT { ()-[:MENTIONS]->(o) } AS articleCount`,
    { ids },
  );
  return res.records.map((r) => ({
    kind: 'Organization',
    id: r.get('id'),
    name: r.get('name'),
    aliases: r.get('aliases') ?? [],
    articleCount: r.get('articleCount'),
  }));
}

export async function getTopics(db: Db, ids: readonly string[] | null): Promise<TopicRow[]> {
  const res = await readQuery(
    db,
    'getTopics',
    `/* getTopics */
     MATCH (t:Topic)
     WHERE $ids IS NULL OR t.id IN $ids
     RETURN t.id AS id, t.label AS label, t.iptc AS iptc, COUNT { ()-[:ABOUT]->(t) } AS articleCount
     ORDER BY articleCount DESC, id`,
    { ids },
  );
  return res.records.map((r) => ({
    kind: 'Topic',
    id: r.get('id'),
    name: r.get('label'),
    label: r.get('label'),
    iptc: r.get('iptc'),
    articleCount: r.get('articleCount'),
  }));
}

export async function rolesOfPeople(db: Db, personIds: readonly string[]): Promise<Map<string, RoleRow[]>> {
  const res = await readQuery(
    db,
    'rolesOfPeople',
    `/* rolesOfPeople */
     UNWIND $ids AS id
     MATCH (p:Person {id: id})-[h:HOLDS]->(t)
     RETURN p.id AS personId, h.title AS title,
            CASE WHEN t:Country THEN t.code END AS countryCode,
            CASE WHEN t:Organization THEN t.id END AS organizationId
     ORDER BY h.since, title`,
    { ids: personIds },
  );
  const out = new Map<string, RoleRow[]>();
  for (const r of res.records) {
    const id: string = r.get('personId');
    out.set(id, [...(out.get(id) ?? []), { title: r.get('title'), countryCode: r.get('countryCode'), organizationId: r.get('organizationId') }]);
  }
  return out;
}

// ---------------------------------------------------------------- a person by name

/**
 * A person's id from a name, folded as the guide folds names: the person of that canonical
 * name; else, among the people whose name or alias holds it as a phrase, the most mentioned ("Clinton" in 2009 news: Hillary Clinton), as a reader takes a bare surname.
 */
export async function findPersonIdByName(db: Db, name: string): Promise<string | null> {
  const key = foldName(name);
  const res = await readQuery<{ id: string }>(
    db,
    'findPersonIdByName',
    `/* findPersonIdByName */
     OPTIONAL MATCH (exact:Person {nameKey: $key})
     WITH exact
     CALL (exact) {
       WITH exact WHERE exact IS NULL
       CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node, score
       WHERE node:Person
       // Not an exact alias first: the extractor records a bare surname ("Clinton") as an alias of
       // whoever an article called so, which would pin the name to the first such person.
       RETURN node ORDER BY COUNT { (node)<-[:MENTIONS]-() } DESC, score DESC, node.id LIMIT 1
       UNION
       WITH exact WHERE exact IS NOT NULL
       RETURN exact AS node
     }
     RETURN node.id AS id LIMIT 1`,
    { key, phrase: `"${key.replace(/["\\]/g, ' ')}"` },
  );
  return res.records[0]?.get('id') ?? null;
}

// ---------------------------------------------------------------- ranked lists

const ENTITY_LIST = {
  Person: `MATCH (e:Person) WHERE $q IS NULL OR toLower(e.name) CONTAINS $q OR any(x IN e.aliases WHERE toLower(x) CONTAINS $q)
           WITH e, COUNT { ()-[:MENTIONS]->(e) } AS n`,
  Country: `MATCH (e:Country) WHERE $q IS NULL OR toLower(e.name) CONTAINS $q OR toLower(e.code) = $q
           WITH e, COUNT { ()-[:MENTIONS]->(e) } AS n`,
  Organization: `MATCH (e:Organization) WHERE $q IS NULL OR toLower(e.name) CONTAINS $q OR any(x IN e.aliases WHERE toLower(x) CONTAINS $q)
           WITH e, COUNT { ()-[:MENTIONS]->(e) } AS n`,
  Topic: `MATCH (e:Topic) WHERE $q IS NULL OR toLower(e.label) CONTAINS $q
           WITH e, COUNT { ()-[:ABOUT]->(e) } AS n WHERE n > 0`,
} as const;

/** Entities of one kind, most mentioned first: their keys, to be loaded through the per-request loaders. */
export async function listEntities(
  db: Db,
  kind: EntityKind,
  args: { nameContains?: string | null; first: number; after?: string | null },
): Promise<Page<string>> {
  const skip = offsetAfter(args.after);
  const q = args.nameContains ? args.nameContains.toLowerCase() : null;
  const res = await readQuery(
    db,
    `listEntities:${kind}`,
    `/* listEntities */
     ${ENTITY_LIST[kind]}
     RETURN e.${ENTITY[kind].key} AS key ORDER BY n DESC, key SKIP $skip LIMIT $limit`,
    { q, skip: int(skip), limit: int(args.first + 1) },
  );
  const totalCount = once(async () => {
    const c = await readQuery(db, `countEntities:${kind}`, `/* countEntities */ ${ENTITY_LIST[kind]} RETURN count(e) AS n`, { q });
    return c.records[0].get('n') as number;
  });
  return offsetPage(
    res.records.map((r) => r.get('key') as string),
    args.first,
    skip,
    totalCount,
  );
}
