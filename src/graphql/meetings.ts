import { allMeetingPairs, findMeetings, meetingPairsOf, meetingsOfArticles, meetingsOfPeople, reportsOfMeetings } from '../read/meetings.js';
import type { CountryRow, MeetingPairRow, MeetingRow, PersonRow } from '../read/rows.js';
import { checkFirst, dateRange, dateTopicFilter, personArg } from './args.js';
import { badInput } from './errors.js';
import type { Resolvers } from './generated.js';
import { connection, isRow, loadMeetings, mustEntity } from './load.js';

/** Who met whom: meetings of a person, a pair or a range, meeting pairs, and the meetings on people and articles. */

export const meetingResolvers: Resolvers = {
  Query: {
    meetings: async (_, args, ctx) => {
      const first = checkFirst(args.first, 50);
      const filter = dateTopicFilter(args);
      const person = await personArg(ctx, args.personId, args.personName, 'person');
      const other = await personArg(ctx, args.withPersonId, args.withPersonName, 'withPerson');
      if (other.given && !person.given) throw badInput('withPersonId', 'needs personId or personName');
      return findMeetings(ctx.db, { personId: person.id, withPersonId: other.id, ...filter, statuses: args.status, first, after: args.after });
    },
    meetingPairs: async (_, args, ctx) => {
      const a = { ...dateRange(args), statuses: args.status, first: checkFirst(args.first, 50), after: args.after ?? null };
      const person = await personArg(ctx, args.personId, args.personName, 'person');
      if (person.id) return (await meetingPairsOf(ctx.db, [person.id], a))[0];
      return allMeetingPairs(ctx.db, a);
    },
  },

  Person: {
    meetings: (p, args, ctx) => {
      const a = { withPersonId: args.withPersonId ?? null, ...dateTopicFilter(args), statuses: args.status, first: checkFirst(args.first, 50), after: args.after ?? null };
      return ctx.batch.get('Person.meetings', a, (ids: readonly string[]) => meetingsOfPeople(ctx.db, ids, a)).load(p.id);
    },
    metWith: async (p, args, ctx) => {
      const a = { ...dateRange(args), first: checkFirst(args.first, 50), after: null };
      const page = await ctx.batch.get('Person.metWith', a, (ids: readonly string[]) => meetingPairsOf(ctx.db, ids, a)).load(p.id);
      return page.rows;
    },
  },

  Article: {
    meetings: async (a, args, ctx) => {
      const statuses = args.status ?? null;
      const lists = ctx.batch.get('Article.meetings', { statuses }, async (ids: readonly string[]) => {
        const by = await meetingsOfArticles(ctx.db, ids, statuses);
        return ids.map((id) => by.get(id) ?? []);
      });
      return lists.load(a.id);
    },
  },

  Meeting: {
    reports: (m, args, ctx) => {
      const first = checkFirst(args.first, 20, 100);
      return ctx.batch.get('Meeting.reports', { first }, (ids: readonly string[]) => reportsOfMeetings(ctx.db, ids, first)).load(m.id);
    },
    participants: async (m, _, ctx) => (await ctx.loaders.person.loadMany(m.participantIds)).filter(isRow),
    article: async (m, _, ctx) => {
      const row = await ctx.loaders.article.load(m.articleId);
      if (!row) throw new Error(`article ${m.articleId} of meeting ${m.id} vanished`);
      return row;
    },
  },

  MeetingReport: {
    article: async (r, _, ctx) => {
      const row = await ctx.loaders.article.load(r.articleId);
      if (!row) throw new Error(`article ${r.articleId} of meeting ${r.meetingId} vanished`);
      return row;
    },
  },

  Place: {
    country: async (p, _, ctx) => (p.country ? ((await ctx.loaders.country.load(p.country)) as CountryRow | null) : null),
  },

  MeetingPair: {
    a: async (p, _, ctx) => mustEntity(ctx, { kind: 'Person', id: p.a }) as Promise<PersonRow>,
    b: async (p, _, ctx) => mustEntity(ctx, { kind: 'Person', id: p.b }) as Promise<PersonRow>,
    meetings: (p, args, ctx) => loadMeetings(ctx, p.meetingIds.slice(0, checkFirst(args.first, 10, 100))),
  },

  MeetingConnection: connection<MeetingRow>(),
  MeetingPairConnection: connection<MeetingPairRow>(),
};
