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
    query: `# Who met whom, with the date, article and sentence as evidence.
query WhoMetWhom {
  meetings(personName: "Hillary Clinton") {
    date
    participants { name }
    article { title }
    evidence { text }
  }
}
`,
  },
  {
    name: 'CountriesDiscussedTogether',
    query: `# Countries discussed together, by articles in common.
query CountriesDiscussedTogether {
  countryPairs(first: 10) {
    a { name }
    b { name }
    articleCount
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
