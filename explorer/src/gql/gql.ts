/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExplorerStats {\n    stats { articles people countries organizations topics meetings firstPublishedAt lastPublishedAt }\n    people(first: 8) { nodes { id name articleCount } }\n    countries(first: 8) { nodes { id name articleCount } }\n    organizations(first: 8) { nodes { id name articleCount } }\n    topics(first: 8) { nodes { id name articleCount } }\n  }\n": typeof types.ExplorerStatsDocument,
    "\n  query ExplorerTopics {\n    topics(first: 200) { nodes { id name articleCount } }\n  }\n": typeof types.ExplorerTopicsDocument,
    "\n  query ExplorerSearch($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      score\n      node {\n        __typename\n        ... on Person { id kind name articleCount roles { title } }\n        ... on Country { id kind name articleCount }\n        ... on Organization { id kind name articleCount }\n        ... on Topic { id kind name articleCount }\n        ... on Article { id title publishedAt }\n      }\n    }\n  }\n": typeof types.ExplorerSearchDocument,
    "\n  query ExplorerEntity($ref: EntityRef!) {\n    entity(ref: $ref) {\n      id\n      kind\n      name\n      articleCount\n      ... on Person { aliases roles { title country { name } organization { name } } }\n      ... on Organization { aliases }\n      ... on Topic { iptc }\n    }\n  }\n": typeof types.ExplorerEntityDocument,
    "\n  query ExplorerNeighbourhood($ref: EntityRef!, $kinds: [EntityKind!], $from: DateTime, $to: DateTime, $topicId: ID, $perNode: Int, $maxNodes: Int) {\n    neighbourhood(ref: $ref, depth: 1, kinds: $kinds, perNode: $perNode, maxNodes: $maxNodes, from: $from, to: $to, topicId: $topicId) {\n      nodes { id kind depth entity { id name articleCount } }\n      edges { id source target kind articleCount meetingCount }\n    }\n  }\n": typeof types.ExplorerNeighbourhoodDocument,
    "\n  query ExplorerEdgeArticles($mentions: [EntityRef!], $from: DateTime, $to: DateTime, $topicId: ID, $first: Int, $after: String) {\n    articles(filter: { mentions: $mentions, from: $from, to: $to, topicId: $topicId }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        title\n        publishedAt\n        text\n        sentences { start end }\n        people { ...MentionMarks }\n        countries { ...MentionMarks }\n        organizations { ...MentionMarks }\n      }\n    }\n  }\n": typeof types.ExplorerEdgeArticlesDocument,
    "\n  query ExplorerPairMeetings($a: ID!, $b: ID!, $from: DateTime, $to: DateTime, $topicId: ID, $after: String) {\n    meetings(personId: $a, withPersonId: $b, from: $from, to: $to, topicId: $topicId, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...MeetingFields }\n    }\n  }\n": typeof types.ExplorerPairMeetingsDocument,
    "\n  fragment MentionMarks on Mention {\n    entity { id kind name }\n    spans { start end }\n  }\n": typeof types.MentionMarksFragmentDoc,
    "\n  fragment MeetingFields on Meeting {\n    id\n    date\n    dateSource\n    place { name country { code name } }\n    reportCount\n    articleCount\n    participants { id name }\n    evidence { start end text }\n    # MentionMarks written out: spread inside this fragment, graphql-armor's cost estimate of a\n    # person's 50 meetings rises past the service's limit (23,232 against 20,000).\n    article { id title people { entity { id kind name } spans { start end } } }\n  }\n": typeof types.MeetingFieldsFragmentDoc,
    "\n  query ExplorerPersonMeetings($id: ID!, $from: DateTime, $to: DateTime, $topicId: ID, $first: Int, $after: String) {\n    meetings(personId: $id, from: $from, to: $to, topicId: $topicId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...MeetingFields }\n    }\n  }\n": typeof types.ExplorerPersonMeetingsDocument,
    "\n  query ExplorerTimeline($ref: EntityRef!, $from: DateTime, $to: DateTime, $topicId: ID) {\n    timeline(ref: $ref, bucket: MONTH, from: $from, to: $to, topicId: $topicId) { start articles mentions meetings }\n  }\n": typeof types.ExplorerTimelineDocument,
    "\n  query ExplorerEntityArticles($mentions: [EntityRef!], $from: DateTime, $to: DateTime, $topicId: ID, $first: Int, $after: String) {\n    articles(filter: { mentions: $mentions, from: $from, to: $to, topicId: $topicId }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title publishedAt }\n    }\n  }\n": typeof types.ExplorerEntityArticlesDocument,
    "\n  query ExplorerCountryPairs($from: DateTime, $to: DateTime, $topicId: ID, $orderBy: CountryPairOrder, $minArticles: Int) {\n    countryPairs(from: $from, to: $to, topicId: $topicId, orderBy: $orderBy, minArticles: $minArticles, first: 300) {\n      totalCount\n      nodes { a { id name articleCount } b { id name articleCount } articleCount expected lift pmi }\n    }\n  }\n": typeof types.ExplorerCountryPairsDocument,
    "\n  query ExplorerRankedPairs($from: DateTime, $to: DateTime, $topicId: ID, $orderBy: CountryPairOrder, $minArticles: Int, $first: Int, $after: String) {\n    countryPairs(from: $from, to: $to, topicId: $topicId, orderBy: $orderBy, minArticles: $minArticles, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { a { id name articleCount } b { id name articleCount } articleCount expected lift pmi }\n    }\n  }\n": typeof types.ExplorerRankedPairsDocument,
    "\n  query ExplorerArticle($id: ID!) {\n    article(id: $id) {\n      id\n      title\n      publishedAt\n      source\n      text\n      people { count ...MentionMarks }\n      countries { count ...MentionMarks }\n      organizations { count ...MentionMarks }\n      topics { score main topic { id name } }\n      meetings { id date dateSource place { name } participants { id name } evidence { start end } }\n    }\n  }\n": typeof types.ExplorerArticleDocument,
};
const documents: Documents = {
    "\n  query ExplorerStats {\n    stats { articles people countries organizations topics meetings firstPublishedAt lastPublishedAt }\n    people(first: 8) { nodes { id name articleCount } }\n    countries(first: 8) { nodes { id name articleCount } }\n    organizations(first: 8) { nodes { id name articleCount } }\n    topics(first: 8) { nodes { id name articleCount } }\n  }\n": types.ExplorerStatsDocument,
    "\n  query ExplorerTopics {\n    topics(first: 200) { nodes { id name articleCount } }\n  }\n": types.ExplorerTopicsDocument,
    "\n  query ExplorerSearch($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      score\n      node {\n        __typename\n        ... on Person { id kind name articleCount roles { title } }\n        ... on Country { id kind name articleCount }\n        ... on Organization { id kind name articleCount }\n        ... on Topic { id kind name articleCount }\n        ... on Article { id title publishedAt }\n      }\n    }\n  }\n": types.ExplorerSearchDocument,
    "\n  query ExplorerEntity($ref: EntityRef!) {\n    entity(ref: $ref) {\n      id\n      kind\n      name\n      articleCount\n      ... on Person { aliases roles { title country { name } organization { name } } }\n      ... on Organization { aliases }\n      ... on Topic { iptc }\n    }\n  }\n": types.ExplorerEntityDocument,
    "\n  query ExplorerNeighbourhood($ref: EntityRef!, $kinds: [EntityKind!], $from: DateTime, $to: DateTime, $topicId: ID, $perNode: Int, $maxNodes: Int) {\n    neighbourhood(ref: $ref, depth: 1, kinds: $kinds, perNode: $perNode, maxNodes: $maxNodes, from: $from, to: $to, topicId: $topicId) {\n      nodes { id kind depth entity { id name articleCount } }\n      edges { id source target kind articleCount meetingCount }\n    }\n  }\n": types.ExplorerNeighbourhoodDocument,
    "\n  query ExplorerEdgeArticles($mentions: [EntityRef!], $from: DateTime, $to: DateTime, $topicId: ID, $first: Int, $after: String) {\n    articles(filter: { mentions: $mentions, from: $from, to: $to, topicId: $topicId }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        title\n        publishedAt\n        text\n        sentences { start end }\n        people { ...MentionMarks }\n        countries { ...MentionMarks }\n        organizations { ...MentionMarks }\n      }\n    }\n  }\n": types.ExplorerEdgeArticlesDocument,
    "\n  query ExplorerPairMeetings($a: ID!, $b: ID!, $from: DateTime, $to: DateTime, $topicId: ID, $after: String) {\n    meetings(personId: $a, withPersonId: $b, from: $from, to: $to, topicId: $topicId, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...MeetingFields }\n    }\n  }\n": types.ExplorerPairMeetingsDocument,
    "\n  fragment MentionMarks on Mention {\n    entity { id kind name }\n    spans { start end }\n  }\n": types.MentionMarksFragmentDoc,
    "\n  fragment MeetingFields on Meeting {\n    id\n    date\n    dateSource\n    place { name country { code name } }\n    reportCount\n    articleCount\n    participants { id name }\n    evidence { start end text }\n    # MentionMarks written out: spread inside this fragment, graphql-armor's cost estimate of a\n    # person's 50 meetings rises past the service's limit (23,232 against 20,000).\n    article { id title people { entity { id kind name } spans { start end } } }\n  }\n": types.MeetingFieldsFragmentDoc,
    "\n  query ExplorerPersonMeetings($id: ID!, $from: DateTime, $to: DateTime, $topicId: ID, $first: Int, $after: String) {\n    meetings(personId: $id, from: $from, to: $to, topicId: $topicId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...MeetingFields }\n    }\n  }\n": types.ExplorerPersonMeetingsDocument,
    "\n  query ExplorerTimeline($ref: EntityRef!, $from: DateTime, $to: DateTime, $topicId: ID) {\n    timeline(ref: $ref, bucket: MONTH, from: $from, to: $to, topicId: $topicId) { start articles mentions meetings }\n  }\n": types.ExplorerTimelineDocument,
    "\n  query ExplorerEntityArticles($mentions: [EntityRef!], $from: DateTime, $to: DateTime, $topicId: ID, $first: Int, $after: String) {\n    articles(filter: { mentions: $mentions, from: $from, to: $to, topicId: $topicId }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title publishedAt }\n    }\n  }\n": types.ExplorerEntityArticlesDocument,
    "\n  query ExplorerCountryPairs($from: DateTime, $to: DateTime, $topicId: ID, $orderBy: CountryPairOrder, $minArticles: Int) {\n    countryPairs(from: $from, to: $to, topicId: $topicId, orderBy: $orderBy, minArticles: $minArticles, first: 300) {\n      totalCount\n      nodes { a { id name articleCount } b { id name articleCount } articleCount expected lift pmi }\n    }\n  }\n": types.ExplorerCountryPairsDocument,
    "\n  query ExplorerRankedPairs($from: DateTime, $to: DateTime, $topicId: ID, $orderBy: CountryPairOrder, $minArticles: Int, $first: Int, $after: String) {\n    countryPairs(from: $from, to: $to, topicId: $topicId, orderBy: $orderBy, minArticles: $minArticles, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { a { id name articleCount } b { id name articleCount } articleCount expected lift pmi }\n    }\n  }\n": types.ExplorerRankedPairsDocument,
    "\n  query ExplorerArticle($id: ID!) {\n    article(id: $id) {\n      id\n      title\n      publishedAt\n      source\n      text\n      people { count ...MentionMarks }\n      countries { count ...MentionMarks }\n      organizations { count ...MentionMarks }\n      topics { score main topic { id name } }\n      meetings { id date dateSource place { name } participants { id name } evidence { start end } }\n    }\n  }\n": types.ExplorerArticleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerStats {\n    stats { articles people countries organizations topics meetings firstPublishedAt lastPublishedAt }\n    people(first: 8) { nodes { id name articleCount } }\n    countries(first: 8) { nodes { id name articleCount } }\n    organizations(first: 8) { nodes { id name articleCount } }\n    topics(first: 8) { nodes { id name articleCount } }\n  }\n"): typeof import('./graphql').ExplorerStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerTopics {\n    topics(first: 200) { nodes { id name articleCount } }\n  }\n"): typeof import('./graphql').ExplorerTopicsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSearch($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      score\n      node {\n        __typename\n        ... on Person { id kind name articleCount roles { title } }\n        ... on Country { id kind name articleCount }\n        ... on Organization { id kind name articleCount }\n        ... on Topic { id kind name articleCount }\n        ... on Article { id title publishedAt }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEntity($ref: EntityRef!) {\n    entity(ref: $ref) {\n      id\n      kind\n      name\n      articleCount\n      ... on Person { aliases roles { title country { name } organization { name } } }\n      ... on Organization { aliases }\n      ... on Topic { iptc }\n    }\n  }\n"): typeof import('./graphql').ExplorerEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNeighbourhood($ref: EntityRef!, $kinds: [EntityKind!], $from: DateTime, $to: DateTime, $topicId: ID, $perNode: Int, $maxNodes: Int) {\n    neighbourhood(ref: $ref, depth: 1, kinds: $kinds, perNode: $perNode, maxNodes: $maxNodes, from: $from, to: $to, topicId: $topicId) {\n      nodes { id kind depth entity { id name articleCount } }\n      edges { id source target kind articleCount meetingCount }\n    }\n  }\n"): typeof import('./graphql').ExplorerNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEdgeArticles($mentions: [EntityRef!], $from: DateTime, $to: DateTime, $topicId: ID, $first: Int, $after: String) {\n    articles(filter: { mentions: $mentions, from: $from, to: $to, topicId: $topicId }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        title\n        publishedAt\n        text\n        sentences { start end }\n        people { ...MentionMarks }\n        countries { ...MentionMarks }\n        organizations { ...MentionMarks }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerEdgeArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPairMeetings($a: ID!, $b: ID!, $from: DateTime, $to: DateTime, $topicId: ID, $after: String) {\n    meetings(personId: $a, withPersonId: $b, from: $from, to: $to, topicId: $topicId, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...MeetingFields }\n    }\n  }\n"): typeof import('./graphql').ExplorerPairMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentionMarks on Mention {\n    entity { id kind name }\n    spans { start end }\n  }\n"): typeof import('./graphql').MentionMarksFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFields on Meeting {\n    id\n    date\n    dateSource\n    place { name country { code name } }\n    reportCount\n    articleCount\n    participants { id name }\n    evidence { start end text }\n    # MentionMarks written out: spread inside this fragment, graphql-armor's cost estimate of a\n    # person's 50 meetings rises past the service's limit (23,232 against 20,000).\n    article { id title people { entity { id kind name } spans { start end } } }\n  }\n"): typeof import('./graphql').MeetingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPersonMeetings($id: ID!, $from: DateTime, $to: DateTime, $topicId: ID, $first: Int, $after: String) {\n    meetings(personId: $id, from: $from, to: $to, topicId: $topicId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...MeetingFields }\n    }\n  }\n"): typeof import('./graphql').ExplorerPersonMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerTimeline($ref: EntityRef!, $from: DateTime, $to: DateTime, $topicId: ID) {\n    timeline(ref: $ref, bucket: MONTH, from: $from, to: $to, topicId: $topicId) { start articles mentions meetings }\n  }\n"): typeof import('./graphql').ExplorerTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEntityArticles($mentions: [EntityRef!], $from: DateTime, $to: DateTime, $topicId: ID, $first: Int, $after: String) {\n    articles(filter: { mentions: $mentions, from: $from, to: $to, topicId: $topicId }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title publishedAt }\n    }\n  }\n"): typeof import('./graphql').ExplorerEntityArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerCountryPairs($from: DateTime, $to: DateTime, $topicId: ID, $orderBy: CountryPairOrder, $minArticles: Int) {\n    countryPairs(from: $from, to: $to, topicId: $topicId, orderBy: $orderBy, minArticles: $minArticles, first: 300) {\n      totalCount\n      nodes { a { id name articleCount } b { id name articleCount } articleCount expected lift pmi }\n    }\n  }\n"): typeof import('./graphql').ExplorerCountryPairsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerRankedPairs($from: DateTime, $to: DateTime, $topicId: ID, $orderBy: CountryPairOrder, $minArticles: Int, $first: Int, $after: String) {\n    countryPairs(from: $from, to: $to, topicId: $topicId, orderBy: $orderBy, minArticles: $minArticles, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { a { id name articleCount } b { id name articleCount } articleCount expected lift pmi }\n    }\n  }\n"): typeof import('./graphql').ExplorerRankedPairsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerArticle($id: ID!) {\n    article(id: $id) {\n      id\n      title\n      publishedAt\n      source\n      text\n      people { count ...MentionMarks }\n      countries { count ...MentionMarks }\n      organizations { count ...MentionMarks }\n      topics { score main topic { id name } }\n      meetings { id date dateSource place { name } participants { id name } evidence { start end } }\n    }\n  }\n"): typeof import('./graphql').ExplorerArticleDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
