/**
 * Shared types of the pure extraction stages. Offsets are JavaScript string
 * indices into the text that was read (the whole article file, or the body
 * with --body-only), so a client can highlight them.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface EntitySpan extends Span {
  label: NerLabel;
}

export type CountryVia = 'name' | 'abbreviation' | 'demonym' | 'capital' | 'metonym';

export interface CountryMention extends Span {
  code: string;
  via: CountryVia;
}

export interface Role {
  title: string;
  /** ISO 3166-1 alpha-2 of the country the title is held for, if stated. */
  country?: string;
  /** Canonical organization name the title is held in, if stated. */
  organization?: string;
}

export interface PersonRef {
  /** Stable id: slug of the canonical name. */
  id: string;
  /** Canonical name: the fullest form the article uses, titles stripped. */
  name: string;
  mentions: Span[];
}

/** How two people were in contact: held a meeting, or only planned, denied or remote (phone, letter, video). */
export type ContactStatus = 'met' | 'planned' | 'negated' | 'remote';

export interface MeetingFinding {
  /** Canonical names of two or more people, sorted. */
  participants: string[];
  /** The evidence sentence. */
  evidence: Span;
  /** Absent: they met. */
  status?: ContactStatus;
}
