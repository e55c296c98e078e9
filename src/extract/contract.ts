import type { ContactStatus, CountryVia, Role, Span } from './types.js';

/**
 * The extraction output contract (the project's design card): what `newsgraph extract` prints, one
 * object per article, and what the writer turns into graph rows.
 */
export interface ExtractedPerson {
  id: string;
  name: string;
  /** Other surface forms used for this person in the article (e.g. the surname alone). */
  aliases: string[];
  roles: Role[];
  mentions: Span[];
}

export interface ExtractedCountry {
  code: string;
  name: string;
  mentions: Array<Span & { via: CountryVia }>;
}

export interface ExtractedOrganization {
  id: string;
  name: string;
  aliases: string[];
  mentions: Span[];
}

export interface ExtractedTopic {
  id: string;
  label: string;
  /** Calibrated probability (0-1) that the article is about the topic. */
  score: number;
  /** The article's main topic (exactly one per article with topics; listed first). */
  main: boolean;
  iptc?: string;
}

export interface ExtractedMeeting {
  /** Canonical names of the people present: two, or more for a group meeting. */
  participants: string[];
  evidence: Span;
  /** Absent: they met. Else a contact that is not a meeting: planned (or refused), negated, or remote (phone, letter, video). */
  status?: ContactStatus;
  /** The day it took place: read from the evidence ("on Tuesday"), or the article's day, marked so. Absent without a publication date. */
  date?: { date: string; source: 'text' | 'published'; text?: string };
  /** Where it took place, when the evidence names a venue. */
  place?: { name: string; country: string | null };
}

export interface Extraction {
  source: string;
  article: { id: string; title: string; publishedAt: string | null };
  people: ExtractedPerson[];
  countries: ExtractedCountry[];
  organizations: ExtractedOrganization[];
  topics: ExtractedTopic[];
  meetings: ExtractedMeeting[];
}
