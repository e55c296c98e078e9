/**
 * Why a trigger does not report a meeting that took place: negation ("did not meet"),
 * modality (planned, hoped-for, hypothetical: "is due to meet", "if they meet"), remote
 * contact (phone, letter, video) and future time after it ("meets Y next week"). The cues
 * are looked for within the trigger's clause, a few tokens either side.
 */
import type { Span } from '../../types.js';
import { clauseEnd, clauseStart, firstTokens, lastTokens } from './clauses.js';
import type { Ctx } from './mentions.js';
import { outsideNames } from '../article-day.js';

const unnamed = new WeakMap<Ctx, string>();
/** The context's text with its mentions masked (outsideNames), once per context. */
function unnamedText(ctx: Ctx): string {
  let t = unnamed.get(ctx);
  if (t === undefined) unnamed.set(ctx, (t = outsideNames(ctx.text, ctx.mentions)));
  return t;
}

/** Negation before the trigger: "did not meet", "no talks with", "cancelled a meeting with". */
export const NEGATION_CUES =
  /\b(?:not|never|no|nor|neither|without|cancel(?:l?ed|l?ing|s)?|call(?:ed|ing)?\s+off|postpon(?:ed|ing|es)?|shelv(?:ed|ing|es)|scrap(?:ped|ping|s)?|snub(?:bed|bing|s)?|refus(?:ed|es|ing)|declin(?:ed|es|ing)|reject(?:ed|s|ing)|avoid(?:ed|s|ing)?|instead\s+of|rather\s+than|den(?:y|ied|ies)|fail(?:ed|s)?\s+to|skip(?:ped|ping|s)?|boycott(?:ed|ing|s)?)\b|n't\b/i;

/** Planned, hoped-for, requested or hypothetical: "is due to", "hopes for talks with", "if they meet". */
export const MODALITY_CUES =
  /\b(?:will|would|could|might|shall|should|must|can|to\s+(?:hold|have|meet|attend|sit|begin|start|open|resume|launch|host|receive|welcome|discuss|sign)|plans?\s+(?:to|for|a|an)\b|planned|planning|intends?|intended|aims?|hopes?|hoped|hoping|wants?|wanted|wanting|seeks?|sought|seeking|asks?|asked|requests?|requested|invit(?:es|ed|ing|ation)|offers?|offered|propos(?:es|ed)|suggest(?:s|ed|ing)?|proposal\s+(?:for|of)|prepar(?:es|ed|ing|ation)|upcoming|forthcoming|next|future|possible|possibility|potential|prospects?|prospective|chance|expected|expects?|due|set\s+to|scheduled|slated|pending|if|unless|whether|awaits?|awaited|awaiting|urged|called\s+for|demand(?:s|ed)?|push(?:es|ed|ing)?\s+for|bid\s+for\s+(?:a\s+|an\s+)?(?:talks|meeting|summit)|agree(?:s|d)?\s+to)\b|\bmay\b/i;

/** A modal auxiliary anywhere between the subject and its trigger. */
export const SUBJECT_MODAL = /\b(?:will|would|could|might|shall|(?:is|are|was|were)\s+(?:due|set|expected|scheduled|slated|going)\s+to|plans?\s+to|intends?\s+to|hopes?\s+to|wants?\s+to)\b/i;

/**
 * Cues that only bind the trigger right after them: "before meeting Y",
 * "ahead of talks with Y", "flew in for talks with Y" (planned), but not
 * "Before his announcement, Obama met Y".
 */
export const ADJACENT_MODALITY_CUES =
  /\b(?:before|ahead\s+of|in\s+advance\s+of|prior\s+to|for)\s+(?:(?:a|an|the|his|her|their|its|planned|further|more|fresh|new|crisis|emergency|separate|bilateral)\s+){0,2}$|\b(?:before|until|once)\s+(?:he|she|they|it|we)\s+(?:(?:also|then|finally)\s+)?$/i;

/** A past or ongoing trip "for" talks: "visited Beijing for talks with", "Putin, visiting Germany on Friday for talks with". */
export const VISIT_FOR =
  /\b(?:visited|visiting|arrived|arriving|was|were|is|are|flew|travelled|traveled|came|went|stopped)\s+(?:(?:in|to|at|into)\s+)?(?:(?:the\s+)?[\p{Lu}][\p{L}.'’-]*\s+){0,3}(?:(?:on\s+\w+|this\s+week|last\s+week|earlier\s+\w+|yesterday|today)\s+)?for\s+(?:(?:a|an|the|two\s+days\s+of|separate|bilateral|private)\s+)?$/u;

/** After a nominal trigger's people: "talks with Y could give him ...", "the summit between X and Y is expected to ...". */
export const MODALITY_AFTER_CUES =
  /^[^,;]{0,60}?\b(?:will|would|could|might|may|is|are)\s+(?:(?:also|likely|expected|due|scheduled|set|to)\s+)*(?:be\s+)?(?:expected|due|scheduled|set|likely|planned|give|focus|take\s+place|start|begin|happen|follow|come)\b/i;

/** Not in person: phone calls, letters, video links. Checked in the whole clause. */
export const REMOTE_CUES =
  /\b(?:tele)?phon(?:e|ed|es|ing)\b|\btelephon(?:e|ed|es|ing)\b|\b(?:phone|telephone|conference|video|a)\s+call\b|\bcall(?:ed)?\s+(?:him|her)\b|\bvideo(?:conference|link|\s+link|\s+conference)?\b|\bteleconference\b|\bletters?\b|\bwrote\b|\bwritten\b|\be-?mails?\b|\b(?:sent|send|sends|sending|exchanged|in\s+a|by)\s+(?:\w+\s+)?messages?\b|\bonline\b|\bvirtual(?:ly)?\b|\bby\s+satellite\b/i;

/** After the trigger and its objects: "... meets Y next week", "... from 1400 GMT". */
export const FUTURE_TIME_CUES =
  /\b(?:next\s+(?:week|month|year|\w+day)|later\s+(?:this|today|on|in\s+the\s+(?:week|month|year))|tomorrow|in\s+the\s+coming\s+(?:days|weeks|months)|from\s+\d{4}\s+GMT|at\s+\d{4}\s+GMT|is\s+scheduled|are\s+scheduled|scheduled\s+for|planned\s+for|set\s+for|expected\s+to|due\s+to|will|would|to\s+discuss)\b/i;

/** After the trigger's object: "... talks with Y were cancelled", "... never took place". */
export const NEGATION_AFTER_CUES =
  /\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:cancel+ed|postponed|called\s+off|scrapped|shelved|put\s+off|delayed)|did\s+not\s+take\s+place|never\s+(?:took|take)\s+place|fell\s+through)\b/i;

/** Cue windows in tokens: cues further away belong to another predicate. */
export const CUE_WINDOW_BEFORE = 7;

export const CUE_WINDOW_AFTER = 8;
/**
 * Why a trigger at [tStart, tEnd) does not report a meeting that happened, or
 * undefined. `from` is where the clause's participants begin (the subject),
 * `objEnd` where the last object ends.
 */
export function blocked(ctx: Ctx, sent: Span, from: number, tStart: number, tEnd: number, objEnd: number, future: boolean, nominal = false): string | undefined {
  // People's names masked: "Theresa May met", "Will Smith met" hold no modal.
  const text = unnamedText(ctx);
  const cs = Math.min(clauseStart(ctx, sent, tStart), from);
  const before = lastTokens(text.slice(Math.max(cs, sent.start), tStart), CUE_WINDOW_BEFORE);
  const trigger = text.slice(tStart, tEnd);
  const after = firstTokens(text.slice(objEnd, clauseEnd(ctx, sent, objEnd)), CUE_WINDOW_AFTER);
  const whole = text.slice(Math.max(cs, sent.start), clauseEnd(ctx, sent, objEnd));
  if (NEGATION_CUES.test(before) || NEGATION_CUES.test(trigger)) return 'negated';
  if (MODALITY_CUES.test(before) || MODALITY_CUES.test(trigger)) return 'modal';
  // the subject's own auxiliary further back: "X and Y will have a first meeting in the morning followed by a lunch with Z"
  if (from < tStart && SUBJECT_MODAL.test(text.slice(from, tStart).replace(/,\s*(?:who|which)\b[^,]*,/g, ','))) return 'modal';
  // a nominal trigger has no tense of its own: the clause's auxiliary governs it
  // ("Bush will bring X and Y into the negotiations at a meeting with ...")
  if (nominal) {
    // ... but a modal in reported speech before "X said" is not the trigger's
    const window = lastTokens(text.slice(Math.max(cs, sent.start), tStart).replace(/,\s*(?:who|which)\b[^,]*,/g, ','), 20);
    const reported = /^.*\b(?:said|says|told|tells|added|adds|according\s+to|stressed|insisted|warned)\b/s.exec(window);
    if (SUBJECT_MODAL.test(reported ? window.slice(reported[0].length) : window)) return 'modal';
  }
  const lead = text.slice(Math.max(cs, sent.start), tStart);
  // "visited Beijing this week for talks with Y": a past or present visit, the talks took place
  if (ADJACENT_MODALITY_CUES.test(lead) && !VISIT_FOR.test(lead)) return 'modal';
  if (nominal && MODALITY_AFTER_CUES.test(text.slice(objEnd, sent.end))) return 'modal after';
  if (REMOTE_CUES.test(whole)) return 'remote';
  if (NEGATION_AFTER_CUES.test(text.slice(objEnd, sent.end))) return 'negated after';
  if (future && FUTURE_TIME_CUES.test(after)) return 'future';
  if (/\b(?:next\s+(?:week|month|year)|tomorrow)\b/i.test(after)) return 'future';
  return undefined;
}
