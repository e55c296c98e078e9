import type { CountryMention, Span } from '../types.js';

/** Where a meeting took place, as the text names it, and that place's country when known. */
export interface MeetingPlace {
  name: string;
  country: string | null;
}

/** Words that put the next place as the meeting's venue. */
const VENUE_BEFORE = /\b(?:in|at|outside|near|inside|to|on\s+the\s+sidelines\s+of(?:\s+[^,.;]{0,60}?\s+in)?)\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}'’.-]*|of|de|la)\s+){0,4}$/u;
/** "the Black Sea resort of Sochi", "the French port of Marseille": a descriptive head before the name. */
const DESCRIBED = /\b(?:resort|port|city|town|capital|village|island|region|province|state|town)\s+of\s+$/i;

/**
 * The venue of a meeting in its evidence sentence: the first place (a tagged location, a
 * country or capital) that a venue word introduces ("in Minsk", "at the White House",
 * "outside Moscow", "on the sidelines of the APEC summit in Hanoi"). Its country is the
 * place's own when it is a country or capital, else a country named right after it
 * ("Tulsa, Oklahoma" stays unknown; "Sochi, Russia" is RU).
 */
export function meetingPlace(text: string, evidence: Span, places: Span[], countries: CountryMention[]): MeetingPlace | null {
  const inside = (s: Span) => s.start >= evidence.start && s.end <= evidence.end;
  const candidates = [...places.filter(inside), ...countries.filter((c) => inside(c) && c.via !== 'demonym')].sort((a, b) => a.start - b.start);
  for (const p of candidates) {
    const before = text.slice(Math.max(evidence.start, p.start - 90), p.start);
    if (!VENUE_BEFORE.test(before) && !DESCRIBED.test(before)) continue;
    // A possessive or a demonym is a country's people or government, not a venue ("at Russia's request").
    if (/^['’]s\b/.test(text.slice(p.end, p.end + 2))) continue;
    const own = countries.find((c) => c.start === p.start && c.end === p.end && (c.via === 'name' || c.via === 'capital' || c.via === 'abbreviation' || c.via === 'metonym'));
    const next = countries.find((c) => c.start > p.end && c.start <= p.end + 3 && /^\s*,\s*$/.test(text.slice(p.end, c.start)));
    const demonymBefore = countries.find((c) => c.via === 'demonym' && c.end <= p.start && c.end >= p.start - 40 && DESCRIBED.test(text.slice(c.end, p.start)));
    const country = own?.code ?? next?.code ?? demonymBefore?.code ?? null;
    return { name: text.slice(p.start, p.end), country };
  }
  return null;
}
