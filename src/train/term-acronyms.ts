/**
 * Which acronyms the corpus writes as terms, not names (scripts/build-term-acronyms.ts writes the list that
 * src/resolve/spans.ts reads): spelled out in lower-case words ("initial public offering (IPO)") in at least
 * MIN_TERM_DOCS articles, as a capitalised name at most a tenth as often, and not a name by the corpus's own
 * context cues. The tagger labels "IPO" and "EBITDA" organizations as readily as "ENI", so its labels tell
 * nothing here; the cues do: "Italian oil major ENI", "ENI said its" are a body's contexts, and an acronym
 * the corpus lexicon's cue rule calls an organization is a name, however a few results articles spell it out
 * ("economic net income (ENI)").
 */
import { cueLabel, DEFAULT_LEXICON_OPTIONS, type LexiconCounts } from '../resolve/corpus-lexicon.js';

export const MIN_TERM_DOCS = 3;

/** How many articles spell an acronym out as a lower-case term, and how many as a capitalised name. */
export interface SpelledOut {
  term: number;
  name: number;
}

export function isTermAcronym(spelled: SpelledOut, lexicon: LexiconCounts | undefined): boolean {
  if (spelled.term < MIN_TERM_DOCS || spelled.name * 10 > spelled.term) return false;
  return !lexicon || cueLabel(lexicon, DEFAULT_LEXICON_OPTIONS) !== 'ORG';
}
