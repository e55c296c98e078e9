import { listTopics } from '../extract/topics.js';
import { listEntities } from '../read/entities.js';
import type { CountryRow, EntityRow, OrganizationRow, PersonRow, TopicRow } from '../read/rows.js';
import { GQL_KIND, checkFirst, entityKey } from './args.js';
import { badInput } from './errors.js';
import type { GraphQLContext } from './context.js';
import type { Resolvers } from './generated.js';
import { connection, loadEntity, loadPage } from './load.js';

/** People, countries, organizations and topics: one by key, ranked lists, roles. */

const kind = (row: EntityRow) => GQL_KIND[row.kind];

type TaxonomyEntry = ReturnType<typeof listTopics>[number];
let TAXONOMY: { byId: Map<string, TaxonomyEntry>; children: Map<string, string[]> } | undefined;

/** The taxonomy (data/topics.json): topics by id and each topic's narrower topics, in file order. */
function taxonomy() {
  if (!TAXONOMY) {
    const all = listTopics();
    const children = new Map<string, string[]>();
    for (const t of all) if (t.parent) children.set(t.parent, [...(children.get(t.parent) ?? []), t.id]);
    TAXONOMY = { byId: new Map(all.map((t) => [t.id, t])), children };
  }
  return TAXONOMY;
}

/** A taxonomy topic as the graph has it, or with no articles when no article is about it (the graph holds only topics in use). */
async function taxonomyTopic(ctx: GraphQLContext, id: string): Promise<TopicRow> {
  const row = await ctx.loaders.topic.load(id);
  if (row) return row;
  const t = taxonomy().byId.get(id)!;
  return { kind: 'Topic', id, name: t.label, label: t.label, iptc: t.iptc ?? null, articleCount: 0 };
}

export const entityResolvers: Resolvers = {
  Query: {
    person: (_, { id }, ctx) => ctx.loaders.person.load(id),
    people: async (_, args, ctx) =>
      loadPage(await listEntities(ctx.db, 'Person', { ...args, first: checkFirst(args.first, 20) }), (ids) => ctx.loaders.person.loadMany(ids)),
    country: (_, { code }, ctx) => {
      if (!/^[A-Za-z]{2}$/.test(code)) throw badInput('code', `must be an ISO 3166-1 alpha-2 code such as "RU" (got ${JSON.stringify(code)})`);
      return ctx.loaders.country.load(code.toUpperCase());
    },
    countries: async (_, args, ctx) =>
      loadPage(await listEntities(ctx.db, 'Country', { ...args, first: checkFirst(args.first, 20) }), (ids) => ctx.loaders.country.loadMany(ids)),
    organization: (_, { id }, ctx) => ctx.loaders.organization.load(id),
    organizations: async (_, args, ctx) =>
      loadPage(await listEntities(ctx.db, 'Organization', { ...args, first: checkFirst(args.first, 20) }), (ids) =>
        ctx.loaders.organization.loadMany(ids),
      ),
    topic: (_, { id }, ctx) => ctx.loaders.topic.load(id),
    topics: async (_, args, ctx) =>
      loadPage(await listEntities(ctx.db, 'Topic', { first: checkFirst(args.first, 50), after: args.after }), (ids) => ctx.loaders.topic.loadMany(ids)),
    entity: (_, { ref }, ctx) => loadEntity(ctx, entityKey(ref, 'ref')),
  },

  Entity: {
    __resolveType: (row: EntityRow) => row.kind,
  },

  Person: {
    kind,
    roles: (p, _, ctx) => ctx.loaders.personRoles.load(p.id),
  },
  Country: { kind },
  Organization: { kind },
  Topic: {
    kind,
    definition: (t) => taxonomy().byId.get(t.id)?.description ?? null,
    parent: (t, _, ctx) => {
      const parent = taxonomy().byId.get(t.id)?.parent;
      return parent ? taxonomyTopic(ctx, parent) : null;
    },
    children: (t, _, ctx) => Promise.all((taxonomy().children.get(t.id) ?? []).map((id) => taxonomyTopic(ctx, id))),
  },

  Role: {
    country: (r, _, ctx) => (r.countryCode ? ctx.loaders.country.load(r.countryCode) : null),
    organization: (r, _, ctx) => (r.organizationId ? ctx.loaders.organization.load(r.organizationId) : null),
  },

  PersonConnection: connection<PersonRow>(),
  CountryConnection: connection<CountryRow>(),
  OrganizationConnection: connection<OrganizationRow>(),
  TopicConnection: connection<TopicRow>(),
};
