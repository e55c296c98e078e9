/**
 * Every operation the explorer sends, typed by graphql-codegen (client preset) from schema.graphql:
 * `npm run codegen` writes explorer/src/gql/ from these. A dashboard can copy any of them as is.
 */
import { graphql } from './gql';

export const StatsQuery = graphql(`
  query ExplorerStats {
    stats { articles people countries organizations topics meetings firstPublishedAt lastPublishedAt }
    people(first: 8) { nodes { id name articleCount } }
    countries(first: 8) { nodes { id name articleCount } }
    organizations(first: 8) { nodes { id name articleCount } }
    topics(first: 8) { nodes { id name articleCount } }
  }
`);

export const TopicsQuery = graphql(`
  query ExplorerTopics {
    topics(first: 200) { nodes { id name articleCount } }
  }
`);

export const SearchQuery = graphql(`
  query ExplorerSearch($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      score
      node {
        __typename
        ... on Person { id kind name articleCount roles { title } }
        ... on Country { id kind name articleCount }
        ... on Organization { id kind name articleCount }
        ... on Topic { id kind name articleCount }
        ... on Article { id title publishedAt }
      }
    }
  }
`);

export const EntityQuery = graphql(`
  query ExplorerEntity($ref: EntityRef!) {
    entity(ref: $ref) {
      id
      kind
      name
      articleCount
      ... on Person { aliases roles { title country { name } organization { name } } }
      ... on Organization { aliases }
      ... on Topic { iptc }
    }
  }
`);

export const NeighbourhoodQuery = graphql(`
  query ExplorerNeighbourhood($ref: EntityRef!, $kinds: [EntityKind!], $from: DateTime, $to: DateTime, $topicId: ID, $perNode: Int, $maxNodes: Int) {
    neighbourhood(ref: $ref, depth: 1, kinds: $kinds, perNode: $perNode, maxNodes: $maxNodes, from: $from, to: $to, topicId: $topicId) {
      nodes { id kind depth entity { id name articleCount } }
      edges { id source target kind articleCount meetingCount }
    }
  }
`);

export const EdgeArticlesQuery = graphql(`
  query ExplorerEdgeArticles($mentions: [EntityRef!], $from: DateTime, $to: DateTime, $topicId: ID, $first: Int, $after: String) {
    articles(filter: { mentions: $mentions, from: $from, to: $to, topicId: $topicId }, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        title
        publishedAt
        text
        sentences { start end }
        people { ...MentionMarks }
        countries { ...MentionMarks }
        organizations { ...MentionMarks }
      }
    }
  }
`);

export const PairMeetingsQuery = graphql(`
  query ExplorerPairMeetings($a: ID!, $b: ID!, $from: DateTime, $to: DateTime, $topicId: ID, $after: String) {
    meetings(personId: $a, withPersonId: $b, from: $from, to: $to, topicId: $topicId, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...MeetingFields }
    }
  }
`);

/** What highlighting needs of a mention: the entity and where it stands in the text. */
export const MentionMarks = graphql(`
  fragment MentionMarks on Mention {
    entity { id kind name }
    spans { start end }
  }
`);

export const MeetingFields = graphql(`
  fragment MeetingFields on Meeting {
    id
    date
    dateSource
    place { name country { code name } }
    reportCount
    articleCount
    participants { id name }
    evidence { start end text }
    # MentionMarks written out: spread inside this fragment, graphql-armor's cost estimate of a
    # person's 50 meetings rises past the service's limit (23,232 against 20,000).
    article { id title people { entity { id kind name } spans { start end } } }
  }
`);

export const PersonMeetingsQuery = graphql(`
  query ExplorerPersonMeetings($id: ID!, $from: DateTime, $to: DateTime, $topicId: ID, $first: Int, $after: String) {
    meetings(personId: $id, from: $from, to: $to, topicId: $topicId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...MeetingFields }
    }
  }
`);

export const TimelineQuery = graphql(`
  query ExplorerTimeline($ref: EntityRef!, $from: DateTime, $to: DateTime, $topicId: ID) {
    timeline(ref: $ref, bucket: MONTH, from: $from, to: $to, topicId: $topicId) { start articles mentions meetings }
  }
`);

export const EntityArticlesQuery = graphql(`
  query ExplorerEntityArticles($mentions: [EntityRef!], $from: DateTime, $to: DateTime, $topicId: ID, $first: Int, $after: String) {
    articles(filter: { mentions: $mentions, from: $from, to: $to, topicId: $topicId }, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title publishedAt }
    }
  }
`);

export const CountryPairsQuery = graphql(`
  query ExplorerCountryPairs($from: DateTime, $to: DateTime, $topicId: ID, $orderBy: CountryPairOrder, $minArticles: Int) {
    countryPairs(from: $from, to: $to, topicId: $topicId, orderBy: $orderBy, minArticles: $minArticles, first: 300) {
      totalCount
      nodes { a { id name articleCount } b { id name articleCount } articleCount expected lift pmi }
    }
  }
`);

export const RankedPairsQuery = graphql(`
  query ExplorerRankedPairs($from: DateTime, $to: DateTime, $topicId: ID, $orderBy: CountryPairOrder, $minArticles: Int, $first: Int, $after: String) {
    countryPairs(from: $from, to: $to, topicId: $topicId, orderBy: $orderBy, minArticles: $minArticles, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { a { id name articleCount } b { id name articleCount } articleCount expected lift pmi }
    }
  }
`);

export const ArticleQuery = graphql(`
  query ExplorerArticle($id: ID!) {
    article(id: $id) {
      id
      title
      publishedAt
      source
      text
      people { count ...MentionMarks }
      countries { count ...MentionMarks }
      organizations { count ...MentionMarks }
      topics { score main topic { id name } }
      meetings { id date dateSource place { name } participants { id name } evidence { start end } }
    }
  }
`);
