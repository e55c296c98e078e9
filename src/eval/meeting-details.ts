import { foldName } from '../article/names.js';
import type { Extraction } from '../extract/contract.js';
import type { Annotation, LoadedPair } from './annotations.js';

/** How well found meetings are dated and placed, against the annotated met pairs. */
export interface MeetingDetailCounts {
  /** Annotated met pairs whose text gives the day, found as meetings. */
  datedFound: number;
  /** Of those, dated on the annotated day. */
  dateRight: number;
  /** Annotated met pairs whose text names the place, found as meetings. */
  placedFound: number;
  /** Of those, placed where the annotation says (one name contains the other). */
  placeRight: number;
}

export const emptyDetails = (): MeetingDetailCounts => ({ datedFound: 0, dateRight: 0, placedFound: 0, placeRight: 0 });

export function addDetails(a: MeetingDetailCounts, b: MeetingDetailCounts): MeetingDetailCounts {
  return { datedFound: a.datedFound + b.datedFound, dateRight: a.dateRight + b.dateRight, placedFound: a.placedFound + b.placedFound, placeRight: a.placeRight + b.placeRight };
}

/**
 * Date and place of the meetings extraction found, for the annotated met pairs it found: the day
 * right when the text gives one (the guide's `date`), the place right when the text names one
 * (`place`; one folded name contains the other). A pair it missed counts in the meeting F1, not here.
 */
export function scoreMeetingDetails(x: Extraction, annotation: Pick<Annotation, 'people'> & { pairs: LoadedPair[] }): MeetingDetailCounts {
  const spellings = new Map<string, Set<string>>();
  for (const entry of annotation.people) {
    const names = typeof entry === 'string' ? [entry] : entry;
    spellings.set(names[0], new Set(names.map(foldName)));
  }
  const isPerson = (gold: string, found: string) => spellings.get(gold)?.has(foldName(found)) ?? foldName(gold) === foldName(found);
  const out = emptyDetails();
  for (const p of annotation.pairs) {
    if (p.label !== 'met' || (!p.date && !p.place)) continue;
    const m = x.meetings.find(
      (m) => m.status === undefined && m.participants.some((n) => isPerson(p.a, n)) && m.participants.some((n) => isPerson(p.b, n)),
    );
    if (!m) continue;
    if (p.date) {
      out.datedFound++;
      if (m.date?.date === p.date) out.dateRight++;
    }
    if (p.place) {
      out.placedFound++;
      const got = m.place ? foldName(m.place.name) : '';
      if (got && (foldName(p.place).includes(got) || got.includes(foldName(p.place)))) out.placeRight++;
    }
  }
  return out;
}

export function formatDetails(d: MeetingDetailCounts): string {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : 'n/a');
  return `meeting days right ${pct(d.dateRight, d.datedFound)} (${d.dateRight}/${d.datedFound} found meetings whose text gives the day); places right ${pct(d.placeRight, d.placedFound)} (${d.placeRight}/${d.placedFound} whose text names it)`;
}
