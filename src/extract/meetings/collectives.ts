import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config.js';
import type { Sentence, Span } from '../types.js';
import type { CueClasses } from './cues.js';
import { tokenAt } from './features.js';

/**
 * Participants attached to a meeting across sentences. A meeting is often reported of a
 * collective ("EU finance ministers met on Tuesday", "At talks among finance ministers", "the
 * leaders gathered") and its participants are named in the sentences around it, by their
 * titles and as speakers ("German Finance Minister Wolfgang Schaeuble said", "IRISH FINANCE
 * MINISTER MICHAEL NOONAN: ..."). These are features of one (event, person) candidate of the
 * participant model (events.ts), which weighs them from the annotations; none decides alone.
 * The collectives and their members' titles are data (data/meetings/participants.json).
 */
export type Collectives = ReadonlyMap<string, ReadonlySet<string>>;

const FILE = path.join(repoRoot, 'data/meetings/participants.json');
let cached: Collectives | undefined;
export function loadCollectives(file = FILE): Collectives {
  if (cached && file === FILE) return cached;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { collectives: Record<string, string[]> };
  const out = new Map(Object.entries(raw.collectives).map(([k, v]) => [k, new Set(v)]));
  if (file === FILE) cached = out;
  return out;
}

/** The collectives a sentence names as a side ("finance ministers", "EU leaders"): lower-case keys of `collectives`. */
export function collectivesIn(s: Sentence, collectives: Collectives): string[] {
  const found = new Set<string>();
  for (const t of s.tokens) {
    const w = t.text.toLowerCase();
    if (collectives.has(w)) found.add(w);
  }
  return [...found];
}

/** How many tokens before a name its title may start ("Luxembourg's Treasury and Budget Minister, Luc Frieden"). */
export const TITLE_BEFORE = 6;
/** How many tokens after a name an appositive title may end ("Olli Rehn, the EU economic commissioner"). */
export const TITLE_AFTER = 6;

/** The lower-case words around a mention where its title stands: just before it, and in an appositive after a comma. */
export function titleWindow(s: Sentence, m: Span): string[] {
  const i = tokenAt(s.tokens, m.start);
  let j = i;
  while (j + 1 < s.tokens.length && s.tokens[j + 1].end <= m.end) j++;
  const lower = (k: number) => s.tokens[k].text.toLowerCase();
  const before: string[] = [];
  for (let k = i - 1; k >= Math.max(0, i - TITLE_BEFORE); k--) {
    const w = lower(k);
    // A title ends at a clause boundary or a verb of report: "X said Y" puts no title on Y.
    if (w === '.' || w === ';' || w === '"' || w === '“' || w === '”') break;
    before.push(w);
  }
  const after: string[] = [];
  if (lower(j + 1 < s.tokens.length ? j + 1 : j) === ',') {
    for (let k = j + 2; k < Math.min(s.tokens.length, j + 2 + TITLE_AFTER); k++) {
      const w = lower(k);
      if (w === ',' || w === '.' || w === ';') break;
      after.push(w);
    }
  }
  return [...before, ...after];
}

/**
 * The features of a person named around an event whose sentences name `eventCollectives`:
 * whether the person's title is one of those collectives' members' (`coll:member`), whether the
 * event names a collective at all (`coll:event`), and whether the person speaks in their sentence
 * (`p:speaker`: a report word just before or after the name).
 */
export function collectiveFeatures(s: Sentence, m: Span, eventCollectives: readonly string[], collectives: Collectives, cues: CueClasses): string[] {
  const out: string[] = [];
  const window = titleWindow(s, m);
  const titled = window.some((w) => [...collectives.values()].some((titles) => titles.has(w)));
  if (titled) out.push('coll:titled');
  if (eventCollectives.length > 0) {
    out.push('coll:event');
    const member = eventCollectives.some((c) => window.some((w) => collectives.get(c)!.has(w)));
    out.push(member ? 'coll:member' : 'coll:not-member');
  }
  const i = tokenAt(s.tokens, m.start);
  let j = i;
  while (j + 1 < s.tokens.length && s.tokens[j + 1].end <= m.end) j++;
  const isReport = (k: number) => k >= 0 && k < s.tokens.length && (cues.get(s.tokens[k].text.toLowerCase()) ?? []).includes('report');
  // "said German Finance Minister Wolfgang Schaeuble": the report word before the capitalised title.
  let k = i - 1;
  while (k >= 0 && /^\p{Lu}/u.test(s.tokens[k].text)) k--;
  if (isReport(k) || isReport(j + 1)) out.push('p:speaker');
  return out;
}
