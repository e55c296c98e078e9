/**
 * Courts named with their seat: the tagger ends "U.S. District Court" before "for the Southern District of New York",
 * "U.S. Court of Appeals" before "for the 9th Circuit", and often tags the seat apart ("Southern District of New York",
 * "Federal Circuit", "Circuit"), which then stands as an organization of its own. A tagged court's name ending in one of
 * the court heads (data/ner/org-spans.json, courtHeads: "Court", "Court of Appeals", "Attorney's Office") takes in the seat
 * written right after it, on its line:
 *   ", <compass word> District of <Place>"            "U.S. District Court, Southern District of New York"
 *   " for the [<compass word>] District of <Place>"    "U.S. District Court for the Southern District of New York"
 *   " for the <ordinal>|Federal Circuit"               "U.S. Court of Appeals for the 9th Circuit"
 *   " in [the <compass word> District of] <Place>"     "U.S. District Court in Brooklyn"; only for a court or an
 *       attorney's office of a district, a circuit or bankruptcy ("the Supreme Court in March" is no seat, nor is a
 *       month or a day).
 * and a circuit court's name takes in the ordinal written right before it ("2nd U.S. Circuit Court of Appeals", "5th U.S." + "Circuit Court of Appeals"). The spans
 * inside the seat go. The bare court stays a spelling of it (org-spans.ts, courtWithoutSeat): the annotations write
 * these courts with their seat and without.
 */
import type { EntitySpan } from '../extract/types.js';

export interface CourtWords {
  courtHeads: readonly string[];
  regionPrefixes: readonly string[];
  endWords: ReadonlySet<string>;
}

const PLACE = String.raw`\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,2}`;
const ORDINAL_BEFORE = /(?<![\p{L}\p{N}])(\d{1,2}(?:st|nd|rd|th)[^\S\n]+(?:U\.S\.[^\S\n]+)?)$/u;
/** A court whose seat an "in <Place>" names: a district's, a circuit's, bankruptcy's, or an attorney's office. */
const SEATED = /\b(?:District|Circuit|Bankruptcy|Attorney['’]s Office)\b/;

let CACHE: { words: CourtWords; head: RegExp; seat: RegExp; inSeat: RegExp } | undefined;

function patterns(w: CourtWords) {
  if (CACHE?.words === w) return CACHE;
  const regions = w.regionPrefixes.join('|');
  const district = String.raw`(?:(?:${regions})[^\S\n]+)?District[^\S\n]+of[^\S\n]+${PLACE}`;
  CACHE = {
    words: w,
    head: new RegExp(String.raw`\b(?:${w.courtHeads.join('|')})$`, 'u'),
    seat: new RegExp(
      String.raw`^(?:,[^\S\n]+(?:${regions})[^\S\n]+District[^\S\n]+of[^\S\n]+${PLACE}|[^\S\n]+for[^\S\n]+the[^\S\n]+(?:${district}|(?:\d{1,2}(?:st|nd|rd|th)|Federal)[^\S\n]+Circuit))`,
      'u',
    ),
    inSeat: new RegExp(String.raw`^[^\S\n]+in[^\S\n]+(?:the[^\S\n]+${district}|${PLACE})`, 'u'),
  };
  return CACHE;
}

/** A court (or attorney's office) of a district, a circuit or bankruptcy, whose "in <Place>" after it is its seat. */
export function seatedCourt(surface: string, w: CourtWords): boolean {
  return patterns(w).head.test(surface) && SEATED.test(surface);
}

/** The end of the seat written right after a court's name ending at `end`, or undefined. */
function seatEnd(text: string, surface: string, end: number, w: CourtWords): number | undefined {
  const p = patterns(w);
  if (!p.head.test(surface)) return undefined;
  const after = text.slice(end, end + 80);
  const m = p.seat.exec(after);
  if (m) return end + m[0].replace(/[.,]$/, '').length;
  if (!seatedCourt(surface, w)) return undefined;
  const n = p.inSeat.exec(after);
  if (!n) return undefined;
  const words = n[0].trim().split(/\s+/).slice(1);
  if (words.some((x) => w.endWords.has(x.replace(/[.,]$/, '')))) return undefined;
  return end + n[0].replace(/[.,]$/, '').length;
}

export function withCourtSeats(text: string, spans: EntitySpan[], w: CourtWords): EntitySpan[] {
  const out: EntitySpan[] = [];
  let until = -1;
  for (const e of spans) {
    if (e.start < until) continue;
    if (e.label !== 'ORG') {
      out.push(e);
      continue;
    }
    let start = e.start;
    const ord = /\bCircuit Court\b/.test(e.text) ? ORDINAL_BEFORE.exec(text.slice(Math.max(0, e.start - 14), e.start)) : null;
    if (ord) start = e.start - ord[1].length;
    const end = seatEnd(text, e.text.trimEnd(), e.start + e.text.trimEnd().length, w) ?? e.end;
    if (start === e.start && end === e.end) {
      out.push(e);
      continue;
    }
    // A span the ordinal's word took in before ("... 2nd") is not one: the court begins at the ordinal.
    while (out.length && out[out.length - 1].end > start) out.pop();
    until = end;
    out.push({ start, end, text: text.slice(start, end), label: 'ORG' });
  }
  return out;
}
