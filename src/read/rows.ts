/**
 * What the read layer returns: plain, typed objects. Nothing above src/read sees a
 * neo4j Integer, DateTime or Node. Codegen maps the GraphQL types onto these rows.
 */

export type EntityKind = 'Person' | 'Country' | 'Organization' | 'Topic';

export interface SpanRow {
  start: number;
  end: number;
  text: string;
}

export interface ArticleRow {
  kind: 'Article';
  id: string;
  title: string;
  publishedAt: string | null;
  source: string | null;
  // No text: a list of articles rarely shows it, and it is most of an article's bytes.
  // Article.text loads it on demand (textsOfArticles).
}

export interface PersonRow {
  kind: 'Person';
  id: string;
  name: string;
  aliases: string[];
  articleCount: number;
}

export interface CountryRow {
  kind: 'Country';
  id: string;
  code: string;
  name: string;
  articleCount: number;
}

export interface OrganizationRow {
  kind: 'Organization';
  id: string;
  name: string;
  aliases: string[];
  articleCount: number;
}

export interface TopicRow {
  kind: 'Topic';
  id: string;
  name: string;
  label: string;
  iptc: string | null;
  articleCount: number;
}

export type EntityRow = PersonRow | CountryRow | OrganizationRow | TopicRow;

/** A place as the text names it, and its country's code when known. */
export interface PlaceRow {
  name: string | null;
  country: string | null;
}

export type MeetingStatusRow = 'MET' | 'PLANNED' | 'NEGATED' | 'REMOTE';

/** One article's report of a meeting: the article and the sentence. */
export interface MeetingReportRow {
  meetingId: string;
  articleId: string;
  evidence: SpanRow;
  /** The day this report gives (YYYY-MM-DD) and whether its text gave it. */
  day: string;
  dateSource: 'TEXT' | 'PUBLISHED';
  dateText: string | null;
}

/** A meeting as an event: its day, place and people, and how many reports it has. */
export interface MeetingRow {
  id: string;
  status: MeetingStatusRow;
  /** The day it took place, as an instant (00:00 UTC). */
  date: string | null;
  dateSource: 'TEXT' | 'PUBLISHED';
  place: PlaceRow | null;
  participantIds: string[];
  reportCount: number;
  articleCount: number;
  /** The report in view: the asking article's (Article.meetings), else the earliest. */
  articleId: string;
  evidence: SpanRow;
}

export interface CountryPairRow {
  a: string;
  b: string;
  articleCount: number;
  expected: number;
  lift: number;
  pmi: number;
  /** The filters the pair was counted under, so its `articles` field lists the same articles. */
  filter: DateTopicFilter;
}

export interface DateTopicFilter {
  from?: string | null;
  to?: string | null;
  topicId?: string | null;
}

export interface MentionRow {
  kind: Exclude<EntityKind, 'Topic'>;
  entityId: string;
  count: number;
  spans: SpanRow[];
}

export interface TopicScoreRow {
  topicId: string;
  score: number;
  /** The article's main topic. */
  main: boolean;
}

export interface RoleRow {
  title: string;
  countryCode: string | null;
  organizationId: string | null;
}

export interface SearchHitRow {
  kind: EntityKind | 'Article';
  id: string;
  score: number;
}

export interface StatsRow {
  articles: number;
  people: number;
  countries: number;
  organizations: number;
  topics: number;
  meetings: number;
  nodes: LabelCountRow[];
  relationships: LabelCountRow[];
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
}

/** A page of a list: rows with their cursors, and the total across pages (counted only when asked for). */
export interface Page<T> {
  rows: T[];
  /** The cursor of row i, encoded only when a client asks for it (edges, pageInfo). */
  cursor: (i: number) => string;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

export type ArticlePage = Page<ArticleRow>;
export type PersonPage = Page<PersonRow>;
export type CountryPage = Page<CountryRow>;
export type OrganizationPage = Page<OrganizationRow>;
export type TopicPage = Page<TopicRow>;
export type MeetingPage = Page<MeetingRow>;
export type MeetingPairPage = Page<MeetingPairRow>;
export type CountryPairPage = Page<CountryPairRow>;

export interface EntityKey {
  kind: EntityKind;
  id: string;
}

export interface MeetingPairRow {
  a: string;
  b: string;
  meetingCount: number;
  reportCount: number;
  articleCount: number;
  firstDate: string | null;
  lastDate: string | null;
  meetingIds: string[];
}

export interface CoMentionRow {
  of: EntityKey;
  entity: EntityKey;
  articleCount: number;
  filter: DateTopicFilter;
}

export interface TimelineBucketRow {
  start: string;
  articles: number;
  mentions: number;
  meetings: number;
}

export interface GraphNodeRow {
  id: string;
  kind: EntityKind;
  entityId: string;
  depth: number;
}

export interface GraphEdgeRow {
  id: string;
  source: string;
  target: string;
  kind: 'MET' | 'CO_MENTIONED';
  articleCount: number;
  meetingCount: number;
  /** The two entities, to fetch the articles and meetings behind the edge. */
  ends: [EntityKey, EntityKey];
  filter: DateTopicFilter;
}

export interface SubgraphRow {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
}

export interface PathHopRow {
  from: EntityKey;
  to: EntityKey;
  /** Articles that mention both ends. */
  articleCount: number;
  /** Meetings between the two ends. */
  meetingCount: number;
}

export interface PathRow {
  entities: EntityKey[];
  hops: PathHopRow[];
}

export interface PathResultRow {
  length: number | null;
  paths: PathRow[];
  subgraph: SubgraphRow;
}

export interface LabelCountRow {
  label: string;
  count: number;
}
