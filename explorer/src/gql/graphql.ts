/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * An instant in time, ISO 8601 with zone, e.g. `2009-10-13T17:23:00.000Z`.
   * A bare date (`2009-10-13`) is accepted as input and means midnight UTC.
   */
  DateTime: { input: string; output: string; }
};

/** Narrows `articles`: every given field must hold. */
export type ArticleFilter = {
  /** Published on or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Articles that mention (or, for topics, are about) every one of these (at most 10). The search starts from the first: put the rarest first. */
  mentions?: InputMaybe<Array<EntityRef>>;
  /** Words of the title (full-text, typo-tolerant). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Published before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Articles about this topic or a narrower one (its `children`, at any depth; see `topics`). */
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

/** An article to ingest. */
export type ArticleInput = {
  /** The text of the article, without the title. */
  body: Scalars['String']['input'];
  /** Publication time; a bare date means midnight UTC. */
  publishedAt: Scalars['DateTime']['input'];
  /** Where it came from, echoed in the result and stored on the article. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The headline. */
  title: Scalars['String']['input'];
  /** The address it was published at (used as its source when `source` is absent). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** How `countryPairs` ranks pairs. */
export type CountryPairOrder =
  /** Articles in common, most first. */
  | 'ARTICLES'
  /** Observed / expected articles in common if the two were mentioned independently. */
  | 'LIFT'
  /** Pointwise mutual information, log2 of LIFT. */
  | 'PMI';

/** What joins two entities in a subgraph. */
export type EdgeKind =
  /** Mentioned in the same articles. */
  | 'CO_MENTIONED'
  /** The two met, as at least one article reports. */
  | 'MET';

/** The kinds of entity. */
export type EntityKind =
  /** A country (ISO 3166-1). */
  | 'COUNTRY'
  /** A company, agency, ministry, party or international body. */
  | 'ORGANIZATION'
  /** A named, real person. */
  | 'PERSON'
  /** A topic of the taxonomy. */
  | 'TOPIC';

/** An entity by kind and id: a slug for people and organizations, the ISO code for countries, the taxonomy id for topics. */
export type EntityRef = {
  /** Its id: a slug (`hillary-clinton`), an ISO code for a country (`RU`, any case), a topic id (`sanctions`). */
  id: Scalars['ID']['input'];
  /** Which kind of entity. */
  kind: EntityKind;
};

/** What ingest did with one article. */
export type IngestStatus =
  /** New in the graph. */
  | 'CREATED'
  /** Not ingested; `reason` and `message` say why. */
  | 'REJECTED'
  /** Already in the graph as it is. */
  | 'UNCHANGED'
  /** Known by title and date, with new content: its old mentions and meetings were replaced. */
  | 'UPDATED';

/** Where a meeting's day comes from. */
export type MeetingDateSource =
  /** No report gives the day: the publication day of the earliest report's article. */
  | 'PUBLISHED'
  /** Words of a report's text ("on Tuesday", "yesterday", "on March 3") read against its article's date. */
  | 'TEXT';

/** Whether a contact between people took place. */
export type MeetingStatus =
  /** They met or held talks in person. */
  | 'MET'
  /** The text says it did not happen. */
  | 'NEGATED'
  /** Scheduled, expected, hoped for, proposed, agreed or refused, not (yet) held. */
  | 'PLANNED'
  /** Contact not in person: a phone or video call, a letter, a message. */
  | 'REMOTE';

/** What `search` can return. */
export type SearchKind =
  /** Articles, by title. */
  | 'ARTICLE'
  /** Countries. */
  | 'COUNTRY'
  /** Organizations. */
  | 'ORGANIZATION'
  /** People. */
  | 'PERSON'
  /** Topics. */
  | 'TOPIC';

/** Periods of a timeline. Weeks start on Monday; all periods are UTC. */
export type TimeBucket =
  /** Calendar days. */
  | 'DAY'
  /** Calendar months. */
  | 'MONTH'
  /** Weeks from Monday. */
  | 'WEEK'
  /** Calendar years. */
  | 'YEAR';

export type ExplorerStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerStatsQuery = { __typename?: 'Query', stats: { __typename?: 'Stats', articles: number, people: number, countries: number, organizations: number, topics: number, meetings: number, firstPublishedAt?: string | null, lastPublishedAt?: string | null }, people: { __typename?: 'PersonConnection', nodes: Array<{ __typename?: 'Person', id: string, name: string, articleCount: number }> }, countries: { __typename?: 'CountryConnection', nodes: Array<{ __typename?: 'Country', id: string, name: string, articleCount: number }> }, organizations: { __typename?: 'OrganizationConnection', nodes: Array<{ __typename?: 'Organization', id: string, name: string, articleCount: number }> }, topics: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string, name: string, articleCount: number }> } };

export type ExplorerTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerTopicsQuery = { __typename?: 'Query', topics: { __typename?: 'TopicConnection', nodes: Array<{ __typename?: 'Topic', id: string, name: string, articleCount: number }> } };

export type ExplorerSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerSearchQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchHit', score: number, node: { __typename: 'Article', id: string, title: string, publishedAt?: string | null } | { __typename: 'Country', id: string, kind: EntityKind, name: string, articleCount: number } | { __typename: 'Organization', id: string, kind: EntityKind, name: string, articleCount: number } | { __typename: 'Person', id: string, kind: EntityKind, name: string, articleCount: number, roles: Array<{ __typename?: 'Role', title: string }> } | { __typename: 'Topic', id: string, kind: EntityKind, name: string, articleCount: number } }> };

export type ExplorerEntityQueryVariables = Exact<{
  ref: EntityRef;
}>;


export type ExplorerEntityQuery = { __typename?: 'Query', entity?: { __typename?: 'Country', id: string, kind: EntityKind, name: string, articleCount: number } | { __typename?: 'Organization', aliases: Array<string>, id: string, kind: EntityKind, name: string, articleCount: number } | { __typename?: 'Person', aliases: Array<string>, id: string, kind: EntityKind, name: string, articleCount: number, roles: Array<{ __typename?: 'Role', title: string, country?: { __typename?: 'Country', name: string } | null, organization?: { __typename?: 'Organization', name: string } | null }> } | { __typename?: 'Topic', iptc?: string | null, id: string, kind: EntityKind, name: string, articleCount: number } | null };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  ref: EntityRef;
  kinds?: InputMaybe<Array<EntityKind> | EntityKind>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
  perNode?: InputMaybe<Scalars['Int']['input']>;
  maxNodes?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerNeighbourhoodQuery = { __typename?: 'Query', neighbourhood: { __typename?: 'Subgraph', nodes: Array<{ __typename?: 'GraphNode', id: string, kind: EntityKind, depth: number, entity: { __typename?: 'Country', id: string, name: string, articleCount: number } | { __typename?: 'Organization', id: string, name: string, articleCount: number } | { __typename?: 'Person', id: string, name: string, articleCount: number } | { __typename?: 'Topic', id: string, name: string, articleCount: number } }>, edges: Array<{ __typename?: 'GraphEdge', id: string, source: string, target: string, kind: EdgeKind, articleCount: number, meetingCount: number }> } };

export type ExplorerEdgeArticlesQueryVariables = Exact<{
  mentions?: InputMaybe<Array<EntityRef> | EntityRef>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerEdgeArticlesQuery = { __typename?: 'Query', articles: { __typename?: 'ArticleConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Article', id: string, title: string, publishedAt?: string | null, text: string, sentences: Array<{ __typename?: 'TextSpan', start: number, end: number }>, people: Array<{ __typename?: 'Mention', entity: { __typename?: 'Country', id: string, kind: EntityKind, name: string } | { __typename?: 'Organization', id: string, kind: EntityKind, name: string } | { __typename?: 'Person', id: string, kind: EntityKind, name: string } | { __typename?: 'Topic', id: string, kind: EntityKind, name: string }, spans: Array<{ __typename?: 'TextSpan', start: number, end: number }> }>, countries: Array<{ __typename?: 'Mention', entity: { __typename?: 'Country', id: string, kind: EntityKind, name: string } | { __typename?: 'Organization', id: string, kind: EntityKind, name: string } | { __typename?: 'Person', id: string, kind: EntityKind, name: string } | { __typename?: 'Topic', id: string, kind: EntityKind, name: string }, spans: Array<{ __typename?: 'TextSpan', start: number, end: number }> }>, organizations: Array<{ __typename?: 'Mention', entity: { __typename?: 'Country', id: string, kind: EntityKind, name: string } | { __typename?: 'Organization', id: string, kind: EntityKind, name: string } | { __typename?: 'Person', id: string, kind: EntityKind, name: string } | { __typename?: 'Topic', id: string, kind: EntityKind, name: string }, spans: Array<{ __typename?: 'TextSpan', start: number, end: number }> }> }> } };

export type ExplorerPairMeetingsQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerPairMeetingsQuery = { __typename?: 'Query', meetings: { __typename?: 'MeetingConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Meeting', id: string, date?: string | null, dateSource: MeetingDateSource, reportCount: number, articleCount: number, place?: { __typename?: 'Place', name?: string | null, country?: { __typename?: 'Country', code: string, name: string } | null } | null, participants: Array<{ __typename?: 'Person', id: string, name: string }>, evidence: { __typename?: 'TextSpan', start: number, end: number, text: string }, article: { __typename?: 'Article', id: string, title: string, people: Array<{ __typename?: 'Mention', entity: { __typename?: 'Country', id: string, kind: EntityKind, name: string } | { __typename?: 'Organization', id: string, kind: EntityKind, name: string } | { __typename?: 'Person', id: string, kind: EntityKind, name: string } | { __typename?: 'Topic', id: string, kind: EntityKind, name: string }, spans: Array<{ __typename?: 'TextSpan', start: number, end: number }> }> } }> } };

export type MentionMarksFragment = { __typename?: 'Mention', entity: { __typename?: 'Country', id: string, kind: EntityKind, name: string } | { __typename?: 'Organization', id: string, kind: EntityKind, name: string } | { __typename?: 'Person', id: string, kind: EntityKind, name: string } | { __typename?: 'Topic', id: string, kind: EntityKind, name: string }, spans: Array<{ __typename?: 'TextSpan', start: number, end: number }> };

export type MeetingFieldsFragment = { __typename?: 'Meeting', id: string, date?: string | null, dateSource: MeetingDateSource, reportCount: number, articleCount: number, place?: { __typename?: 'Place', name?: string | null, country?: { __typename?: 'Country', code: string, name: string } | null } | null, participants: Array<{ __typename?: 'Person', id: string, name: string }>, evidence: { __typename?: 'TextSpan', start: number, end: number, text: string }, article: { __typename?: 'Article', id: string, title: string, people: Array<{ __typename?: 'Mention', entity: { __typename?: 'Country', id: string, kind: EntityKind, name: string } | { __typename?: 'Organization', id: string, kind: EntityKind, name: string } | { __typename?: 'Person', id: string, kind: EntityKind, name: string } | { __typename?: 'Topic', id: string, kind: EntityKind, name: string }, spans: Array<{ __typename?: 'TextSpan', start: number, end: number }> }> } };

export type ExplorerPersonMeetingsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerPersonMeetingsQuery = { __typename?: 'Query', meetings: { __typename?: 'MeetingConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Meeting', id: string, date?: string | null, dateSource: MeetingDateSource, reportCount: number, articleCount: number, place?: { __typename?: 'Place', name?: string | null, country?: { __typename?: 'Country', code: string, name: string } | null } | null, participants: Array<{ __typename?: 'Person', id: string, name: string }>, evidence: { __typename?: 'TextSpan', start: number, end: number, text: string }, article: { __typename?: 'Article', id: string, title: string, people: Array<{ __typename?: 'Mention', entity: { __typename?: 'Country', id: string, kind: EntityKind, name: string } | { __typename?: 'Organization', id: string, kind: EntityKind, name: string } | { __typename?: 'Person', id: string, kind: EntityKind, name: string } | { __typename?: 'Topic', id: string, kind: EntityKind, name: string }, spans: Array<{ __typename?: 'TextSpan', start: number, end: number }> }> } }> } };

export type ExplorerTimelineQueryVariables = Exact<{
  ref: EntityRef;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ExplorerTimelineQuery = { __typename?: 'Query', timeline: Array<{ __typename?: 'TimelineBucket', start: string, articles: number, mentions: number, meetings: number }> };

export type ExplorerEntityArticlesQueryVariables = Exact<{
  mentions?: InputMaybe<Array<EntityRef> | EntityRef>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerEntityArticlesQuery = { __typename?: 'Query', articles: { __typename?: 'ArticleConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Article', id: string, title: string, publishedAt?: string | null }> } };

export type ExplorerCountryPairsQueryVariables = Exact<{
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
  orderBy?: InputMaybe<CountryPairOrder>;
  minArticles?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExplorerCountryPairsQuery = { __typename?: 'Query', countryPairs: { __typename?: 'CountryPairConnection', totalCount: number, nodes: Array<{ __typename?: 'CountryPair', articleCount: number, expected: number, lift: number, pmi: number, a: { __typename?: 'Country', id: string, name: string, articleCount: number }, b: { __typename?: 'Country', id: string, name: string, articleCount: number } }> } };

export type ExplorerRankedPairsQueryVariables = Exact<{
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
  orderBy?: InputMaybe<CountryPairOrder>;
  minArticles?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplorerRankedPairsQuery = { __typename?: 'Query', countryPairs: { __typename?: 'CountryPairConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'CountryPair', articleCount: number, expected: number, lift: number, pmi: number, a: { __typename?: 'Country', id: string, name: string, articleCount: number }, b: { __typename?: 'Country', id: string, name: string, articleCount: number } }> } };

export type ExplorerArticleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExplorerArticleQuery = { __typename?: 'Query', article?: { __typename?: 'Article', id: string, title: string, publishedAt?: string | null, source?: string | null, text: string, people: Array<{ __typename?: 'Mention', count: number, entity: { __typename?: 'Country', id: string, kind: EntityKind, name: string } | { __typename?: 'Organization', id: string, kind: EntityKind, name: string } | { __typename?: 'Person', id: string, kind: EntityKind, name: string } | { __typename?: 'Topic', id: string, kind: EntityKind, name: string }, spans: Array<{ __typename?: 'TextSpan', start: number, end: number }> }>, countries: Array<{ __typename?: 'Mention', count: number, entity: { __typename?: 'Country', id: string, kind: EntityKind, name: string } | { __typename?: 'Organization', id: string, kind: EntityKind, name: string } | { __typename?: 'Person', id: string, kind: EntityKind, name: string } | { __typename?: 'Topic', id: string, kind: EntityKind, name: string }, spans: Array<{ __typename?: 'TextSpan', start: number, end: number }> }>, organizations: Array<{ __typename?: 'Mention', count: number, entity: { __typename?: 'Country', id: string, kind: EntityKind, name: string } | { __typename?: 'Organization', id: string, kind: EntityKind, name: string } | { __typename?: 'Person', id: string, kind: EntityKind, name: string } | { __typename?: 'Topic', id: string, kind: EntityKind, name: string }, spans: Array<{ __typename?: 'TextSpan', start: number, end: number }> }>, topics: Array<{ __typename?: 'TopicScore', score: number, main: boolean, topic: { __typename?: 'Topic', id: string, name: string } }>, meetings: Array<{ __typename?: 'Meeting', id: string, date?: string | null, dateSource: MeetingDateSource, place?: { __typename?: 'Place', name?: string | null } | null, participants: Array<{ __typename?: 'Person', id: string, name: string }>, evidence: { __typename?: 'TextSpan', start: number, end: number } }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MentionMarksFragmentDoc = new TypedDocumentString(`
    fragment MentionMarks on Mention {
  entity {
    id
    kind
    name
  }
  spans {
    start
    end
  }
}
    `, {"fragmentName":"MentionMarks"}) as unknown as TypedDocumentString<MentionMarksFragment, unknown>;
export const MeetingFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingFields on Meeting {
  id
  date
  dateSource
  place {
    name
    country {
      code
      name
    }
  }
  reportCount
  articleCount
  participants {
    id
    name
  }
  evidence {
    start
    end
    text
  }
  article {
    id
    title
    people {
      entity {
        id
        kind
        name
      }
      spans {
        start
        end
      }
    }
  }
}
    `, {"fragmentName":"MeetingFields"}) as unknown as TypedDocumentString<MeetingFieldsFragment, unknown>;
export const ExplorerStatsDocument = new TypedDocumentString(`
    query ExplorerStats {
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
  people(first: 8) {
    nodes {
      id
      name
      articleCount
    }
  }
  countries(first: 8) {
    nodes {
      id
      name
      articleCount
    }
  }
  organizations(first: 8) {
    nodes {
      id
      name
      articleCount
    }
  }
  topics(first: 8) {
    nodes {
      id
      name
      articleCount
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerStatsQuery, ExplorerStatsQueryVariables>;
export const ExplorerTopicsDocument = new TypedDocumentString(`
    query ExplorerTopics {
  topics(first: 200) {
    nodes {
      id
      name
      articleCount
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerTopicsQuery, ExplorerTopicsQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    score
    node {
      __typename
      ... on Person {
        id
        kind
        name
        articleCount
        roles {
          title
        }
      }
      ... on Country {
        id
        kind
        name
        articleCount
      }
      ... on Organization {
        id
        kind
        name
        articleCount
      }
      ... on Topic {
        id
        kind
        name
        articleCount
      }
      ... on Article {
        id
        title
        publishedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerEntityDocument = new TypedDocumentString(`
    query ExplorerEntity($ref: EntityRef!) {
  entity(ref: $ref) {
    id
    kind
    name
    articleCount
    ... on Person {
      aliases
      roles {
        title
        country {
          name
        }
        organization {
          name
        }
      }
    }
    ... on Organization {
      aliases
    }
    ... on Topic {
      iptc
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerNeighbourhoodDocument = new TypedDocumentString(`
    query ExplorerNeighbourhood($ref: EntityRef!, $kinds: [EntityKind!], $from: DateTime, $to: DateTime, $topicId: ID, $perNode: Int, $maxNodes: Int) {
  neighbourhood(
    ref: $ref
    depth: 1
    kinds: $kinds
    perNode: $perNode
    maxNodes: $maxNodes
    from: $from
    to: $to
    topicId: $topicId
  ) {
    nodes {
      id
      kind
      depth
      entity {
        id
        name
        articleCount
      }
    }
    edges {
      id
      source
      target
      kind
      articleCount
      meetingCount
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>;
export const ExplorerEdgeArticlesDocument = new TypedDocumentString(`
    query ExplorerEdgeArticles($mentions: [EntityRef!], $from: DateTime, $to: DateTime, $topicId: ID, $first: Int, $after: String) {
  articles(
    filter: {mentions: $mentions, from: $from, to: $to, topicId: $topicId}
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      publishedAt
      text
      sentences {
        start
        end
      }
      people {
        ...MentionMarks
      }
      countries {
        ...MentionMarks
      }
      organizations {
        ...MentionMarks
      }
    }
  }
}
    fragment MentionMarks on Mention {
  entity {
    id
    kind
    name
  }
  spans {
    start
    end
  }
}`) as unknown as TypedDocumentString<ExplorerEdgeArticlesQuery, ExplorerEdgeArticlesQueryVariables>;
export const ExplorerPairMeetingsDocument = new TypedDocumentString(`
    query ExplorerPairMeetings($a: ID!, $b: ID!, $from: DateTime, $to: DateTime, $topicId: ID, $after: String) {
  meetings(
    personId: $a
    withPersonId: $b
    from: $from
    to: $to
    topicId: $topicId
    first: 20
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...MeetingFields
    }
  }
}
    fragment MeetingFields on Meeting {
  id
  date
  dateSource
  place {
    name
    country {
      code
      name
    }
  }
  reportCount
  articleCount
  participants {
    id
    name
  }
  evidence {
    start
    end
    text
  }
  article {
    id
    title
    people {
      entity {
        id
        kind
        name
      }
      spans {
        start
        end
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerPairMeetingsQuery, ExplorerPairMeetingsQueryVariables>;
export const ExplorerPersonMeetingsDocument = new TypedDocumentString(`
    query ExplorerPersonMeetings($id: ID!, $from: DateTime, $to: DateTime, $topicId: ID, $first: Int, $after: String) {
  meetings(
    personId: $id
    from: $from
    to: $to
    topicId: $topicId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...MeetingFields
    }
  }
}
    fragment MeetingFields on Meeting {
  id
  date
  dateSource
  place {
    name
    country {
      code
      name
    }
  }
  reportCount
  articleCount
  participants {
    id
    name
  }
  evidence {
    start
    end
    text
  }
  article {
    id
    title
    people {
      entity {
        id
        kind
        name
      }
      spans {
        start
        end
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerPersonMeetingsQuery, ExplorerPersonMeetingsQueryVariables>;
export const ExplorerTimelineDocument = new TypedDocumentString(`
    query ExplorerTimeline($ref: EntityRef!, $from: DateTime, $to: DateTime, $topicId: ID) {
  timeline(ref: $ref, bucket: MONTH, from: $from, to: $to, topicId: $topicId) {
    start
    articles
    mentions
    meetings
  }
}
    `) as unknown as TypedDocumentString<ExplorerTimelineQuery, ExplorerTimelineQueryVariables>;
export const ExplorerEntityArticlesDocument = new TypedDocumentString(`
    query ExplorerEntityArticles($mentions: [EntityRef!], $from: DateTime, $to: DateTime, $topicId: ID, $first: Int, $after: String) {
  articles(
    filter: {mentions: $mentions, from: $from, to: $to, topicId: $topicId}
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerEntityArticlesQuery, ExplorerEntityArticlesQueryVariables>;
export const ExplorerCountryPairsDocument = new TypedDocumentString(`
    query ExplorerCountryPairs($from: DateTime, $to: DateTime, $topicId: ID, $orderBy: CountryPairOrder, $minArticles: Int) {
  countryPairs(
    from: $from
    to: $to
    topicId: $topicId
    orderBy: $orderBy
    minArticles: $minArticles
    first: 300
  ) {
    totalCount
    nodes {
      a {
        id
        name
        articleCount
      }
      b {
        id
        name
        articleCount
      }
      articleCount
      expected
      lift
      pmi
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerCountryPairsQuery, ExplorerCountryPairsQueryVariables>;
export const ExplorerRankedPairsDocument = new TypedDocumentString(`
    query ExplorerRankedPairs($from: DateTime, $to: DateTime, $topicId: ID, $orderBy: CountryPairOrder, $minArticles: Int, $first: Int, $after: String) {
  countryPairs(
    from: $from
    to: $to
    topicId: $topicId
    orderBy: $orderBy
    minArticles: $minArticles
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      a {
        id
        name
        articleCount
      }
      b {
        id
        name
        articleCount
      }
      articleCount
      expected
      lift
      pmi
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerRankedPairsQuery, ExplorerRankedPairsQueryVariables>;
export const ExplorerArticleDocument = new TypedDocumentString(`
    query ExplorerArticle($id: ID!) {
  article(id: $id) {
    id
    title
    publishedAt
    source
    text
    people {
      count
      ...MentionMarks
    }
    countries {
      count
      ...MentionMarks
    }
    organizations {
      count
      ...MentionMarks
    }
    topics {
      score
      main
      topic {
        id
        name
      }
    }
    meetings {
      id
      date
      dateSource
      place {
        name
      }
      participants {
        id
        name
      }
      evidence {
        start
        end
      }
    }
  }
}
    fragment MentionMarks on Mention {
  entity {
    id
    kind
    name
  }
  spans {
    start
    end
  }
}`) as unknown as TypedDocumentString<ExplorerArticleQuery, ExplorerArticleQueryVariables>;