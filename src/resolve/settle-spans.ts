/**
 * The tagger's spans settled before resolution, one chain for the pipeline, `eval --conll` and the dev scripts: their
 * edges repaired (repairEntitySpans), on CoNLL text broken at a word no name holds and a club's town initial in a table's row taken in (span-breaks.ts), their types decided again by the learned span types where the model is sure
 * (span-types.ts; before the span forms, whose datelines and towns have the last word), the words around them read
 * (span-forms), then on served text the corpus lexicon
 * applied, the spans no name can be dropped and bodies named in full the tagger missed added (org-bodies). CoNLL stops after the span forms, which read its datelines there: the
 * lexicon was tried on that path and not kept (docs/quality-log.md, branch conll17).
 */
import type { EntitySpan, Sentence } from '../extract/types.js';
import type { Lexicon } from './corpus-lexicon.js';
import { applyLexicon } from './lexicon.js';
import { nameBodyRuns } from './org-bodies.js';
import { applySpanForms } from './span-forms.js';
import { extendOrganizationLeads } from './span-lead.js';
import { breakAtCommonWords, withTownInitials } from './span-breaks.js';
import { applySpanTypes, type SpanTypeModel, type SpanTypeResources } from './span-types.js';
import { dropImpossibleSpans, repairEntitySpans } from './spans.js';

export interface SettleOptions {
  /** The tagger's capitalisation statistics (the NER model's res.capStat). */
  capStat?: ReadonlyMap<string, string>;
  /** The corpus lexicon: a veto on retyping a firm a town, and on served text applied to every span. */
  lexicon: Lexicon;
  /** CoNLL-2003 text: datelines read, the lexicon not applied, nothing dropped. */
  conll?: boolean;
  /** The learned span types (span-types.ts) and the tagger's resources they read; none: the tagger's types stand. */
  spanTypes?: { model: SpanTypeModel; res: SpanTypeResources };
  /** Called with the spans after each step, by the step's name (the dev scripts' census of where a name is lost). */
  observe?: SpanObserver;
}

/** What a caller sees of the span chain: each step's name and the spans it gave. */
export type SpanObserver = (step: string, spans: readonly EntitySpan[]) => void;

export function settleTaggedSpans(text: string, sentences: Sentence[], tagged: EntitySpan[], o: SettleOptions): EntitySpan[] {
  const step = (name: string, spans: EntitySpan[]) => (o.observe?.(name, spans), spans);
  const repaired = step('repairEntitySpans', repairEntitySpans(text, sentences, tagged, { capStat: o.capStat }));
  // CoNLL names hold no lower-case word but connectors; the Reuters articles' do (span-breaks.ts).
  const broken = o.conll ? step('span-breaks', withTownInitials(text, sentences, breakAtCommonWords(text, sentences, repaired, o.capStat))) : repaired;
  const led = step('extendOrganizationLeads', extendOrganizationLeads(text, sentences, broken, o.capStat));
  const typed = o.spanTypes ? step('applySpanTypes', applySpanTypes(sentences, led, o.spanTypes.model, o.spanTypes.res)) : led;
  const formed = step('applySpanForms', applySpanForms(text, sentences, typed, { lexicon: o.lexicon, datelines: o.conll === true }));
  if (o.conll) return formed;
  const lexed = step('applyLexicon', applyLexicon(text, sentences, formed, o.lexicon));
  const possible = step('dropImpossibleSpans', dropImpossibleSpans(text, lexed));
  // A body named in full that the tagger tagged in pieces or not at all ("the Spanish Confederation of Commerce").
  return step('nameBodyRuns', nameBodyRuns(text, sentences, possible, o.capStat));
}
