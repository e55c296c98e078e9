/**
 * The example queries the playground opens with, one tab each, in this order.
 * Add a question here when the schema gains one: the playground test checks that
 * every example is valid against schema.graphql and answers without errors on the
 * seed article, so an example cannot silently rot.
 */
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
