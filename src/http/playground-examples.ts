/**
 * The example queries the playground opens with, one tab each, in this order.
 * Add a question here when the schema gains one: the playground test checks that
 * every example is valid against schema.graphql and answers without errors on the
 * seed article, so an example cannot silently rot. They are written for the seed's people; the
 * playground serves them rewritten for the graph's own (examplesFor, pickExamples).
 */
import type { Db } from '../graph/driver.js';
import { getPeople, listEntities } from '../read/entities.js';
import { allMeetingPairs } from '../read/meetings.js';
import { escapeRegExp } from '../article/regex.js';

export interface PlaygroundExample {
  /** Also the operation name, which GraphiQL shows as the tab's title. */
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const PLAYGROUND_EXAMPLES: readonly PlaygroundExample[] = [
  {
    name: 'WhoMetWhom',
    query: `# Who met whom: each meeting once, with its day, place and every report (article and sentence).
# Add status: [PLANNED, NEGATED, REMOTE] to see contacts that did not take place.
query WhoMetWhom {
  meetings(personName: "Hillary Clinton") {
    totalCount
    nodes {
      date
      dateSource
      place { name country { name } }
      participants { name }
      reportCount
      reports { article { title } evidence { text } }
    }
  }
}
`,
  },
  {
    name: 'CountriesDiscussedTogether',
    query: `# Countries discussed together, by articles in common.
query CountriesDiscussedTogether {
  countryPairs(first: 10) {
    nodes {
      a { name }
      b { name }
      articleCount
      lift
    }
  }
}
`,
  },
  {
    name: 'MeetingPairs',
    query: `# Who met whom most often, and when first and last.
query MeetingPairs {
  meetingPairs(first: 10) {
    nodes {
      a { name }
      b { name }
      meetingCount
      firstDate
      lastDate
    }
  }
}
`,
  },
  {
    name: 'WhatConnects',
    query: `# What connects two people: chains of articles and meetings.
query WhatConnects {
  paths(
    source: { kind: PERSON, id: "sergei-lavrov" }
    target: { kind: PERSON, id: "dmitry-medvedev" }
  ) {
    length
    paths {
      entities { name }
      hops {
        from { name }
        to { name }
        articles { title }
        meetings { evidence { text } }
      }
    }
  }
}
`,
  },
  {
    name: 'Neighbourhood',
    query: `# An entity's neighbourhood, ready to draw: nodes and weighted edges.
query Neighbourhood {
  neighbourhood(ref: { kind: PERSON, id: "hillary-clinton" }, depth: 1) {
    nodes { id kind entity { name } depth }
    edges { source target kind articleCount meetingCount }
  }
}
`,
  },
  {
    name: 'Timeline',
    query: `# How a country appears over time, month by month.
query Timeline {
  timeline(ref: { kind: COUNTRY, id: "RU" }, bucket: MONTH) {
    start
    articles
    mentions
    meetings
  }
}
`,
  },
  {
    name: 'Search',
    query: `# Full-text search over names and titles, typo-tolerant.
query Search {
  search(query: "clinton") {
    score
    node {
      __typename
      ... on Person { id name }
      ... on Article { id title }
    }
  }
}
`,
  },
  {
    name: 'Stats',
    query: `# What the graph holds.
query Stats {
  stats {
    articles
    people
    countries
    organizations
    topics
    meetings
    firstPublishedAt
    lastPublishedAt
  }
}
`,
  },
];

/** Whom the examples ask about: a person, and two people who met. */
export interface ExamplePicks {
  person: { id: string; name: string };
  pair: { a: { id: string; name: string }; b: { id: string; name: string } };
}

/** The seed article's people, whom PLAYGROUND_EXAMPLES are written for. */
export const SEED_PICKS: ExamplePicks = {
  person: { id: 'hillary-clinton', name: 'Hillary Clinton' },
  pair: { a: { id: 'sergei-lavrov', name: 'Sergei Lavrov' }, b: { id: 'dmitry-medvedev', name: 'Dmitry Medvedev' } },
};

/** A GraphQL string's inside for a value (JSON's escapes are GraphQL's). */
const inner = (s: string) => JSON.stringify(s).slice(1, -1);

/** The examples rewritten for the given people, so they answer on the graph being served. */
export function examplesFor(p: ExamplePicks): PlaygroundExample[] {
  // WhoMetWhom asks about a person of the most frequent pair, who surely met someone; the
  // entity examples about the most mentioned person; WhatConnects about the pair.
  const surname = p.person.name.split(/\s+/).pop() ?? p.person.name;
  const to: Record<string, string> = {
    '"Hillary Clinton"': `"${inner(p.pair.a.name)}"`,
    '"hillary-clinton"': `"${inner(p.person.id)}"`,
    '"sergei-lavrov"': `"${inner(p.pair.a.id)}"`,
    '"dmitry-medvedev"': `"${inner(p.pair.b.id)}"`,
    'search(query: "clinton")': `search(query: "${inner(surname.toLowerCase())}")`,
  };
  // One pass, so a name put in is never replaced again.
  const pattern = new RegExp(Object.keys(to).map(escapeRegExp).join('|'), 'g');
  return PLAYGROUND_EXAMPLES.map((e) => ({ ...e, query: e.query.replace(pattern, (m) => to[m]) }));
}

/**
 * The graph's own subjects for the examples: its most mentioned person, and the pair of people
 * who met most often; the seed's people where the graph has none.
 */
export async function pickExamples(db: Db): Promise<ExamplePicks> {
  const [people, pairs] = await Promise.all([listEntities(db, 'Person', { first: 1 }), allMeetingPairs(db, { first: 1 })]);
  const top = pairs.rows[0];
  const ids = [people.rows[0], top?.a, top?.b].filter((x): x is string => !!x);
  const byId = new Map((await getPeople(db, ids)).map((r) => [r.id, r]));
  const named = (id: string | undefined) => (id && byId.get(id) ? { id, name: byId.get(id)!.name } : undefined);
  const person = named(people.rows[0]);
  const a = named(top?.a);
  const b = named(top?.b);
  return { person: person ?? SEED_PICKS.person, pair: a && b ? { a, b } : SEED_PICKS.pair };
}
