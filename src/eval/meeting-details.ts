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
  /** Annotated met pairs whose text names no place, found as meetings. */
  unplacedFound: number;
  /** Of those, given a place all the same. */
  placedAnyway: number;
  /** The found meetings dated or placed wrong: article, pair, what the annotation says, what was found. */
  wrong: string[];
}

export const emptyDetails = (): MeetingDetailCounts => ({ datedFound: 0, dateRight: 0, placedFound: 0, placeRight: 0, unplacedFound: 0, placedAnyway: 0, wrong: [] });

export function addDetails(a: MeetingDetailCounts, b: MeetingDetailCounts): MeetingDetailCounts {
  return { datedFound: a.datedFound + b.datedFound, dateRight: a.dateRight + b.dateRight, placedFound: a.placedFound + b.placedFound, placeRight: a.placeRight + b.placeRight, unplacedFound: a.unplacedFound + b.unplacedFound, placedAnyway: a.placedAnyway + b.placedAnyway, wrong: [...a.wrong, ...b.wrong] };
}

/** Whether a found person's name is an annotated person's, by any of the spellings the annotation lists for them. */
export function annotatedPerson(annotation: Pick<Annotation, 'people'>): (gold: string, found: string) => boolean {
  const spellings = new Map<string, Set<string>>();
  for (const entry of annotation.people) {
    const names = typeof entry === 'string' ? [entry] : entry;
    spellings.set(names[0], new Set(names.map(foldName)));
  }
  return (gold, found) => spellings.get(gold)?.has(foldName(found)) ?? foldName(gold) === foldName(found);
}

/**
 * Whether a found meeting's participants include both people of an annotated pair, by any of the
 * spellings the annotation lists for them.
 */
function pairJoins(annotation: Pick<Annotation, 'people'>): (pair: { a: string; b: string }, participants: readonly string[]) => boolean {
  const isPerson = annotatedPerson(annotation);
  return (p, participants) => participants.some((n) => isPerson(p.a, n)) && participants.some((n) => isPerson(p.b, n));
}

/** Whether a found place is the annotated one: one folded name contains the other. */
export function samePlace(annotated: string, found: string): boolean {
  const a = foldName(annotated);
  const b = foldName(found);
  return b !== '' && (a.includes(b) || b.includes(a));
}

/**
 * Date and place of the meetings extraction found, for the annotated met pairs it found: the day
 * right when the text gives one (the guide's `date`), the place right when the text names one
 * (`place`; one folded name contains the other). A pair it missed counts in the meeting F1, not here.
 */
export function scoreMeetingDetails(x: Extraction, annotation: Pick<Annotation, 'people'> & { pairs: LoadedPair[] }, name = ''): MeetingDetailCounts {
  const joins = pairJoins(annotation);
  const out = emptyDetails();
  for (const p of annotation.pairs) {
    if (p.label !== 'met') continue;
    const m = x.meetings.find((m) => m.status === undefined && joins(p, m.participants));
    if (!m) continue;
    if (p.date) {
      out.datedFound++;
      if (m.date?.date === p.date) out.dateRight++;
      else out.wrong.push(`${name}  ${p.a} + ${p.b}: day ${p.date}, found ${m.date?.date ?? 'none'} (${m.date?.source ?? ''}${m.date?.text ? ` "${m.date.text}"` : ''})`);
    }
    if (p.place) {
      out.placedFound++;
      if (m.place && samePlace(p.place, m.place.name)) out.placeRight++;
      else out.wrong.push(`${name}  ${p.a} + ${p.b}: place "${p.place}", found ${m.place ? `"${m.place.name}"` : 'none'}`);
    } else {
      out.unplacedFound++;
      if (m.place) {
        out.placedAnyway++;
        out.wrong.push(`${name}  ${p.a} + ${p.b}: no place stated, found "${m.place.name}"`);
      }
    }
  }
  return out;
}

export function formatDetails(d: MeetingDetailCounts, opts: { verbose?: boolean } = {}): string {
  const list = opts.verbose && d.wrong.length ? `\n${d.wrong.map((w) => `  wrong       ${w}`).join('\n')}` : '';
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : 'n/a');
  return `meeting days right ${pct(d.dateRight, d.datedFound)} (${d.dateRight}/${d.datedFound} found meetings whose text gives the day); places right ${pct(d.placeRight, d.placedFound)} (${d.placeRight}/${d.placedFound} whose text names it; ${d.placedAnyway}/${d.unplacedFound} placed where it names none)${list}`;
}
