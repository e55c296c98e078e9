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
  text: string;
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

export interface MeetingRow {
  id: string;
  date: string | null;
  articleId: string;
  evidence: SpanRow;
  participantIds: string[];
}

export interface CountryPairRow {
  a: string;
  b: string;
  articleCount: number;
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
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
}
