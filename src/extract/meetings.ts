/**
 * Meetings: pairs or groups of named people who met in person or held talks,
 * with the sentence that says so.
 *
 * Pattern families (each a named constant below, each with tests):
 *
 *   VERB        "X met (with) Y", "X meets Y", "X held talks with Y", "X hosted Y",
 *               "X received Y", "X welcomed Y to ...", "X sat down with Y",
 *               "X and Y met", "X and Y held talks", "X, who met Y on Tuesday,"
 *   PASSIVE     "Y was received by X", "Y was welcomed by X"
 *   NOMINAL     "talks with Y", "a meeting with Y", "a news conference with Y",
 *               "discussions with Y", "a summit with Y", "after meeting Y",
 *               "X, meeting Y in Z," (the other side is the clause's subject X)
 *   BETWEEN     "talks between X and Y"
 *   THEIR       "X told Y at their meeting", "X shared ... with Y at their talks"
 *   JOINT       "X and Y told a joint news conference", "X, standing alongside Y"
 *   DISCUSSED   "X and Y discussed ...", "X said he and Y had discussed ..."
 *   SIGNED      "agreements signed by X and Y", "X and Y signed"
 *   PARTICIPLE  "Meeting in Naypyidaw, X called on his counterpart, Y"
 *
 * Only finite past or present forms trigger ("met", "meets", "held talks"):
 * bare infinitives ("will meet", "is due to meet", "plans to hold talks")
 * never do. Around each trigger the clause is checked for NEGATION_CUES,
 * MODALITY_CUES (planned, hoped-for, hypothetical), REMOTE_CUES (phone,
 * letter, video) and FUTURE_TIME_CUES after it.
 *
 * Subjects must be grammatically adjacent (names, titles, an apposition in
 * commas, auxiliaries and adverbs in between); a possessive ("Obama's
 * advisers met Y") or a group noun is not a subject. "he"/"she" subjects
 * resolve to the reporting subject of the same sentence ("X said he met
 * Y") or the first person of the previous sentence, with a gender check.
 */
import type { MeetingFinding, PersonRef, Span } from './types.js';
import { isTitleWord } from './titles.js';

// ---------------------------------------------------------------------------
// Lexicon

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Adverbials that may stand between a subject and its verb or a verb and its object. */
const ADVERBIAL = `(?:also|then|later|earlier|first|finally|briefly|separately|privately|jointly|again|already|recently|subsequently|previously|twice|once|personally|secretly|on\\s+${WEEKDAY}|last\\s+(?:week|month|year)|this\\s+week|yesterday|today|on\\s+the\\s+sidelines\\s+of\\s+[^,]{1,60}?)`;

/** Auxiliaries allowed between subject and a finite trigger ("X has met Y", "X had held talks"). */
const AUXILIARY = '(?:has|have|had|was|were|is|are)';

/**
 * Verb triggers. `object` says whether a person must follow ("X hosted Y");
 * `coordinated` whether "X and Y <verb>" without an object is a meeting.
 * `future` marks present tense that can report a scheduled event ("meets"),
 * so FUTURE_TIME_CUES after it cancel it.
 */
export const VERB_TRIGGERS: ReadonlyArray<{ name: string; re: RegExp; object: boolean; coordinated: boolean; future?: boolean }> = [
  { name: 'met', re: new RegExp(`\\bmet(?:\\s+${ADVERBIAL})*(?:\\s+(?:face[- ]to[- ]face|in\\s+person))?(?:\\s+with)?(?=\\s|[,.;]|$)`, 'g'), object: true, coordinated: true },
  { name: 'meets', re: /\b(?:meets|is meeting|are meeting)(?:\s+with)?(?=\s|[,.;]|$)/g, object: true, coordinated: true, future: true },
  {
    name: 'held talks',
    re: /\b(?:held|holds|had|is holding|are holding|was holding|were holding)\s+(?:(?:a|an|the|two|several|more|further|lengthy|long|brief|bilateral|separate|private|closed-door|informal|formal|direct|face-to-face|landmark|first|second|rare|high-level|late-night|emergency|crisis|cordial|frank|friendly|intensive|day-long|hour-long|hastily\s+arranged|one-on-one|extensive|productive)\s+){0,3}(?:talks|meeting|meetings|discussions|consultations|negotiations|summit|summit\s+talks|session|conversations?)(?:\s+with)?(?=\s|[,.;]|$)/g,
    object: false,
    coordinated: true,
  },
  { name: 'hosted', re: /\b(?:hosted|hosts|is hosting|was hosting|received|receives|welcomed|welcomes|greeted|greets|hugged|embraced)(?=\s)/g, object: true, coordinated: false },
  { name: 'sat down with', re: /\b(?:sat down|sits down|dined|dines|lunched|breakfasted|huddled|conferred|confers|shook hands|shakes hands)\s+with\b/g, object: true, coordinated: true },
  { name: 'had a meal with', re: /\b(?:had|has|hosted)\s+(?:a\s+)?(?:working\s+|private\s+|state\s+|official\s+)?(?:lunch|dinner|breakfast|meal|banquet)\s+with\b/g, object: true, coordinated: true },
  { name: 'discussed', re: /\b(?:discussed|have discussed|had discussed|also discussed)(?=\s)/g, object: false, coordinated: true },
  { name: 'signed', re: /\b(?:signed|have signed|had signed)(?=\s)/g, object: false, coordinated: true },
];

/** Passive verb triggers: "Y was received by X". */
export const PASSIVE_TRIGGERS = /\b(?:was|were|had been|has been|being)\s+(?:warmly\s+|personally\s+)?(?:received|welcomed|hosted|greeted|met)\s+by(?=\s)/g;

/** Nouns for in-person events, followed by "with": "talks with Y". */
const MEETING_NOUNS =
  '(?:talks|meeting|meetings|discussions|consultations|negotiations|summit|summit\\s+talks|(?:joint\\s+)?(?:news|press)\\s+conferences?|(?:joint\\s+)?(?:news|press)\\s+briefing|dinner|lunch|breakfast|encounter|audience|tete-a-tete|get-together|session|meal|banquet)';

/** Nominal triggers: "(in) talks with Y", "a meeting with Y", "after meeting Y", "X, meeting Y". */
export const NOMINAL_TRIGGERS: ReadonlyArray<{ name: string; re: RegExp }> = [
  { name: 'noun with', re: new RegExp(`\\b${MEETING_NOUNS}(?:\\s+${ADVERBIAL})?\\s+with(?=\\s)`, 'gi') },
  { name: 'after meeting', re: /\b(?:after|following|while|when|during)\s+(?:a\s+)?meeting(?:\s+with)?(?=\s)/g },
  { name: 'participle meeting', re: /,\s+meeting(?:\s+with)?(?=\s)/g },
];

/** "talks between X and Y": the people listed after "between" met. */
export const BETWEEN_TRIGGER = new RegExp(`\\b(?:talks|meeting|meetings|summit|discussions|negotiations|encounter|news\\s+conference|press\\s+conference)\\s+between(?=\\s)`, 'gi');

/** "at their meeting": the people of the clause before it met. */
export const THEIR_TRIGGER = new RegExp(`\\b(?:at|during|in|after|following|since)\\s+(?:their|the\\s+two\\s+leaders'|the\\s+two\\s+men's)\\s+(?:\\w+\\s+){0,2}?${MEETING_NOUNS}\\b`, 'gi');

/** Joint appearance: "X and Y told a joint news conference", "X, standing alongside Y". */
export const JOINT_TRIGGERS: ReadonlyArray<{ name: string; re: RegExp; withObjects: boolean }> = [
  { name: 'joint news conference', re: /\b(?:told|gave|held|at|addressed|during|in)\s+(?:a|their|the)\s+(?:joint\s+)?(?:news|press)\s+conference\b/gi, withObjects: false },
  { name: 'alongside', re: /\b(?:standing|stood|speaking|spoke|appearing|appeared|sitting|sat|walking|walked)\s+(?:shoulder\s+to\s+shoulder\s+with|side\s+by\s+side\s+with|alongside|next\s+to|beside)(?=\s)/gi, withObjects: true },
  { name: 'flanked by', re: /\bflanked\s+by(?=\s)/gi, withObjects: true },
  { name: 'signed by', re: /\b(?:signed|inked)\s+by(?=\s)/gi, withObjects: true },
];

/** "Meeting in Naypyidaw, X called on his counterpart, Y": a sentence-initial participle. */
export const PARTICIPLE_OPENER = /^\s*(?:["“]?\s*)?(?:After\s+)?Meeting\s+(?:in|at|on)\s+[^,]{1,80},\s*/;
/** Verbs by which the subject of PARTICIPLE_OPENER addresses the other side. */
const ADDRESS_VERBS = /^\s*(?:called\s+on|told|urged|asked|pressed|assured|thanked|invited|briefed|congratulated|praised|welcomed|offered|gave|handed|presented|promised)\s+/;

/** Negation before the trigger: "did not meet", "no talks with", "cancelled a meeting with". */
export const NEGATION_CUES =
  /\b(?:not|never|no|nor|neither|without|cancel(?:l?ed|l?ing|s)?|call(?:ed|ing)?\s+off|postpon(?:ed|ing|es)?|shelv(?:ed|ing|es)|scrap(?:ped|ping|s)?|snub(?:bed|bing|s)?|refus(?:ed|es|ing)|declin(?:ed|es|ing)|reject(?:ed|s|ing)|avoid(?:ed|s|ing)?|instead\s+of|rather\s+than|den(?:y|ied|ies)|fail(?:ed|s)?\s+to|skip(?:ped|ping|s)?|boycott(?:ed|ing|s)?)\b|n't\b/i;

/** Planned, hoped-for, requested or hypothetical: "is due to", "hopes for talks with", "if they meet". */
export const MODALITY_CUES =
  /\b(?:will|would|could|might|shall|should|must|can|to\s+(?:hold|have|meet|attend|sit|begin|start|open|resume|launch|host|receive|welcome|discuss|sign)|plans?|planned|planning|intends?|intended|aims?|hopes?|hoped|hoping|wants?|wanted|wanting|seeks?|sought|seeking|asks?|asked|requests?|requested|invit(?:es|ed|ing|ation)|offers?|offered|propos(?:es|ed|al)|prepar(?:es|ed|ing|ation)|upcoming|forthcoming|next|future|possible|possibility|potential|prospects?|prospective|chance|expected|expects?|due|set\s+to|scheduled|slated|pending|if|unless|whether|awaits?|awaited|awaiting|urged|called\s+for|demand(?:s|ed)?|push(?:es|ed|ing)?\s+for|bid\s+for|agree(?:s|d)?\s+to)\b|\bmay\b/i;

/**
 * Cues that only bind the trigger right after them: "before meeting Y",
 * "ahead of talks with Y", "flew in for talks with Y" (planned), but not
 * "Before his announcement, Obama met Y".
 */
export const ADJACENT_MODALITY_CUES =
  /\b(?:before|ahead\s+of|in\s+advance\s+of|prior\s+to|for)\s+(?:(?:a|an|the|his|her|their|its|planned|further|more|fresh|new|crisis|emergency|separate|bilateral)\s+){0,2}$/i;

/** After a nominal trigger's people: "talks with Y could give him ...", "the summit between X and Y is expected to ...". */
export const MODALITY_AFTER_CUES =
  /^[^,;]{0,60}?\b(?:will|would|could|might|may|is|are)\s+(?:(?:also|likely|expected|due|scheduled|set|to)\s+)*(?:be\s+)?(?:expected|due|scheduled|set|likely|planned|give|focus|take\s+place|start|begin|happen|follow|come)\b/i;

/** Not in person: phone calls, letters, video links. Checked in the whole clause. */
export const REMOTE_CUES =
  /\b(?:tele)?phon(?:e|ed|es|ing)\b|\btelephon(?:e|ed|es|ing)\b|\b(?:phone|telephone|conference|video|a)\s+call\b|\bcall(?:ed)?\s+(?:him|her)\b|\bvideo(?:conference|link|\s+link|\s+conference)?\b|\bteleconference\b|\bletters?\b|\bwrote\b|\bwritten\b|\be-?mails?\b|\bmessages?\b|\bonline\b|\bvirtual(?:ly)?\b|\bby\s+satellite\b/i;

/** After the trigger and its objects: "... meets Y next week", "... from 1400 GMT". */
export const FUTURE_TIME_CUES =
  /\b(?:next\s+(?:week|month|year|\w+day)|later\s+(?:this|today|on|in\s+the\s+(?:week|month|year))|tomorrow|in\s+the\s+coming\s+(?:days|weeks|months)|from\s+\d{4}\s+GMT|at\s+\d{4}\s+GMT|is\s+scheduled|are\s+scheduled|scheduled\s+for|planned\s+for|set\s+for|expected\s+to|due\s+to|will|would|to\s+discuss)\b/i;

/** After the trigger's object: "... talks with Y were cancelled", "... never took place". */
export const NEGATION_AFTER_CUES =
  /\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:cancel+ed|postponed|called\s+off|scrapped|shelved|put\s+off|delayed)|did\s+not\s+take\s+place|never\s+(?:took|take)\s+place|fell\s+through)\b/i;

/** Clause boundaries: cues on the far side of one do not apply. */
const CLAUSE_BOUNDARY = /;|\s--\s|\s-\s|:\s|["“”]|\(|\)|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|\band\s+(?=(?:he|she|they|it)\b)|,\s+(?:and|which|where)\b/gi;

/** Cue windows in tokens: cues further away belong to another predicate. */
const CUE_WINDOW_BEFORE = 7;
const CUE_WINDOW_AFTER = 8;

/** Lowercase words allowed between a trigger and its person object besides titles and capitalized words. */
const OBJECT_FILLER_WORDS = new Set([
  'his', 'her', 'their', 'its', 'the', 'visiting', 'counterpart', 'counterparts', 'newly', 'elected',
  'then', 'former', 'outgoing', 'incoming', 'new', 'top', 'senior', 'powerful', 'veteran', 'embattled',
  'of', 'state', 'and', 'prime', 'minister', 'president', 'chief', 'vice', 'deputy', 'official',
  'leader', 'envoy', 'negotiator', 'executive', 'boss', 'head', 'energy', 'economic', 'foreign', 'trade',
]);

/** First names that mark a person as female for "she"; "he" never resolves to them. */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set([
  'angela', 'hillary', 'condoleezza', 'condoleeza', 'christine', 'theresa', 'margaret', 'dilma', 'julia',
  'yulia', 'cristina', 'sonia', 'nancy', 'madeleine', 'helen', 'helle', 'tarja', 'ellen', 'michelle',
  'laura', 'elizabeth', 'queen', 'benazir', 'indira', 'golda', 'tzipi', 'aung', 'gloria', 'michelle',
  'sarah', 'catherine', 'catherine', 'federica', 'ursula', 'kristalina', 'janet', 'susan', 'samantha',
  'elisabeth', 'marine', 'segolene', 'ségolène', 'martine', 'nicola', 'yingluck', 'park', 'megawati',
  'ellen', 'joyce', 'dalia', 'kolinda', 'beata', 'ewa', 'mette', 'erna', 'sanna', 'jacinda', 'penny',
  'catherine', 'carla', 'valerie', 'valérie', 'anne', 'ann', 'mary', 'maria', 'marie', 'sheikha', 'tsai',
  'virginia', 'indra', 'meg', 'carly', 'sheryl', 'marissa', 'irene', 'ginni', 'christina', 'elena',
  'olga', 'natalia', 'valentina', 'svetlana', 'tatiana', 'ruth', 'sandra', 'nicole', 'victoria', 'lagarde',
  'ashton', 'catherine', 'viviane', 'neelie', 'cecilia', 'connie', 'kathleen', 'kathy', 'barbara',
  'patricia', 'linda', 'karen', 'dianne', 'diane', 'olympia', 'amy', 'kirsten', 'claire', 'ulrike',
  'sabine', 'annette', 'ursula', 'rachida', 'fadela', 'michele', 'michèle', 'roselyne', 'nathalie',
  'yoriko', 'makiko', 'yuriko', 'wu', 'fu', 'leila', 'benita', 'emma', 'jane', 'jennifer', 'lisa',
]);

// ---------------------------------------------------------------------------
// Mentions

interface Mention {
  start: number;
  end: number;
  name: string;
}

interface Ctx {
  text: string;
  sentences: Span[];
  mentions: Mention[]; // sorted, non-overlapping
}

function collectMentions(people: PersonRef[]): Mention[] {
  const all: Mention[] = [];
  for (const p of people) for (const m of p.mentions) all.push({ start: m.start, end: m.end, name: p.name });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue; // overlapping: keep the earlier, longer one
    out.push(m);
  }
  return out;
}

const POSSESSIVE_AFTER = /^(?:'s?|’s?)(?=\s|$)/;

function isPossessive(text: string, m: Mention): boolean {
  return POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3));
}

/** True if the words between a trigger and a person are only titles, names and the like ("President", "Russia's", "his counterpart"). */
function isFiller(gap: string, maxTokens = 8): boolean {
  const toks = gap.trim().split(/\s+/).filter(Boolean);
  if (toks.length > maxTokens) return false;
  return toks.every((t) => {
    const w = t.replace(/,$/, '');
    if (/[;:"“”()]/.test(w)) return false;
    if (/^[\p{Lu}]/u.test(w)) return true;
    if (/^(?:'s|’s)$/.test(w)) return true;
    const lw = w.toLowerCase();
    return OBJECT_FILLER_WORDS.has(lw) || isTitleWord(lw);
  });
}

// ---------------------------------------------------------------------------
// Participants

/**
 * People listed from `pos` on: "President Hu Jintao, Vice Premier Wang Qishan
 * and Yang". Stops at anything that is not a list separator plus titles.
 */
function listAfter(ctx: Ctx, sent: Span, pos: number, maxFirstGap = 8): Mention[] {
  const out: Mention[] = [];
  const inSent = ctx.mentions.filter((m) => m.start >= pos && m.end <= sent.end);
  let cursor = pos;
  for (const m of inSent) {
    const gap = ctx.text.slice(cursor, m.start);
    if (out.length === 0) {
      if (!isFiller(gap, maxFirstGap)) break;
    } else {
      const sep = /^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s*and\s+|\s*as\s+well\s+as\s+|\s*&\s+)/.exec(gap);
      if (!sep || !isFiller(gap.slice(sep[0].length), 6)) break;
    }
    if (isPossessive(ctx.text, m)) break;
    out.push(m);
    cursor = m.end;
  }
  return out;
}

/** Strips trailing adverbials and auxiliaries: "Clinton on Tuesday also" -> "Clinton". */
function trimVerbPrefix(s: string): string {
  const tail = new RegExp(`(?:\\s+(?:${ADVERBIAL}|${AUXILIARY}|who|that)|\\s*,\\s*(?:who|that))+\\s*$`, 'i');
  let prev: string;
  let cur = s;
  do {
    prev = cur;
    cur = cur.replace(tail, '').replace(/\s+$/, '');
  } while (cur !== prev);
  return cur;
}

type Subject = { names: string[]; start: number } | undefined;

/**
 * The grammatical subject right before `pos` (a trigger): a person mention,
 * or several coordinated ("X and Y", "Both X and French President Y"), possibly
 * followed by an apposition in commas or ", who". Pronouns he/she resolve.
 */
function subjectBefore(ctx: Ctx, si: number, pos: number): Subject {
  const sent = ctx.sentences[si];
  let head = trimVerbPrefix(ctx.text.slice(sent.start, pos));
  let end = sent.start + head.length;
  // "X, on her first visit to Russia, met": skip one apposition in commas
  if (/,$/.test(head)) {
    const open = head.lastIndexOf(',', head.length - 2);
    if (open > 0) {
      const candidate = trimVerbPrefix(head.slice(0, open));
      if (mentionEndingAt(ctx, sent.start + candidate.length) || /\b(?:he|she)$/i.test(candidate)) {
        head = candidate;
        end = sent.start + head.length;
      }
    }
  }
  const last = mentionEndingAt(ctx, end);
  if (!last) {
    const pron = /\b(he|she)$/i.exec(head);
    if (pron) {
      const name = resolvePronoun(ctx, si, end - pron[1].length, pron[1].toLowerCase() as 'he' | 'she');
      return name ? { names: [name], start: end - pron[1].length } : undefined;
    }
    return undefined;
  }
  if (isPossessive(ctx.text, last)) return undefined;
  const names = [last.name];
  let first = last;
  // coordination backwards: "X and Y", "X, Y and Z", "he and Y"
  for (;;) {
    const before = ctx.text.slice(sent.start, first.start);
    const coord = /(?:,\s*|\s+(?:and|AND)\s+|,\s*(?:and|AND)\s+)((?:[\p{Lu}][\p{L}.'’-]*\s+|(?:his|her)\s+|[a-z]+\s+(?=[\p{Lu}]))*)$/u.exec(before);
    if (!coord || !isFiller(coord[1] ?? '', 5)) break;
    const sepStart = sent.start + coord.index;
    const prev = mentionEndingAt(ctx, sepStart);
    if (prev && !isPossessive(ctx.text, prev)) {
      names.unshift(prev.name);
      first = prev;
      continue;
    }
    const pron = /\b(he|she)$/i.exec(ctx.text.slice(sent.start, sepStart));
    if (pron && /and/i.test(coord[0])) {
      const name = resolvePronoun(ctx, si, sepStart - pron[1].length, pron[1].toLowerCase() as 'he' | 'she');
      if (name) names.unshift(name);
    }
    break;
  }
  return { names: unique(names), start: first.start };
}

/** The mention whose end is at `end` (up to whitespace and a title-free gap). */
function mentionEndingAt(ctx: Ctx, end: number): Mention | undefined {
  return ctx.mentions.find((m) => m.end <= end && ctx.text.slice(m.end, end).trim() === '');
}

/**
 * he/she -> a person: the reporting subject of the same sentence ("Merkel said
 * she and Sarkozy discussed"), else the first person of the previous sentence
 * (two back at most). A "she" needs a known female first name; a "he" must not have one.
 */
function resolvePronoun(ctx: Ctx, si: number, pos: number, pron: 'he' | 'she'): string | undefined {
  const sent = ctx.sentences[si];
  const fits = (name: string) => {
    const first = name.split(/\s+/)[0].toLowerCase();
    return pron === 'she' ? FEMALE_FIRST_NAMES.has(first) : !FEMALE_FIRST_NAMES.has(first);
  };
  const before = ctx.mentions.filter((m) => m.start >= sent.start && m.end <= pos);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k];
    const gap = ctx.text.slice(m.end, pos);
    if (/^\s*(?:,[^,]{0,80},\s*)?(?:said|says|told\s+[^,]{0,40}|added|noted|stated|insisted|stressed|explained|acknowledged|confirmed)\s+(?:that\s+|on\s+\w+\s+|\w+day\s+)?$/i.test(gap)) {
      return fits(m.name) && !isPossessive(ctx.text, m) ? m.name : undefined;
    }
  }
  if (before.length > 0) return undefined; // another person in the sentence: ambiguous
  for (let back = 1; back <= 2 && si - back >= 0; back++) {
    const prev = ctx.sentences[si - back];
    const ms = ctx.mentions.filter((m) => m.start >= prev.start && m.end <= prev.end && !isPossessive(ctx.text, m));
    if (ms.length === 0) continue;
    return fits(ms[0].name) ? ms[0].name : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Cues

/** Start of the clause holding `pos`, within the sentence. */
function clauseStart(ctx: Ctx, sent: Span, pos: number): number {
  const s = ctx.text.slice(sent.start, pos);
  let start = 0;
  for (const m of s.matchAll(CLAUSE_BOUNDARY)) start = m.index! + m[0].length;
  return sent.start + start;
}

function clauseEnd(ctx: Ctx, sent: Span, pos: number): number {
  const s = ctx.text.slice(pos, sent.end);
  CLAUSE_BOUNDARY.lastIndex = 0;
  const m = new RegExp(CLAUSE_BOUNDARY.source + '|,', 'gi').exec(s);
  return m ? pos + m.index : sent.end;
}

function lastTokens(s: string, n: number): string {
  const toks = s.split(/\s+/).filter(Boolean);
  return toks.slice(-n).join(' ');
}

function firstTokens(s: string, n: number): string {
  return s.split(/\s+/).filter(Boolean).slice(0, n).join(' ');
}

/**
 * Why a trigger at [tStart, tEnd) does not report a meeting that happened, or
 * undefined. `from` is where the clause's participants begin (the subject),
 * `objEnd` where the last object ends.
 */
function blocked(ctx: Ctx, sent: Span, from: number, tStart: number, tEnd: number, objEnd: number, future: boolean, nominal = false): string | undefined {
  const cs = Math.min(clauseStart(ctx, sent, tStart), from);
  const before = lastTokens(ctx.text.slice(Math.max(cs, sent.start), tStart), CUE_WINDOW_BEFORE);
  const trigger = ctx.text.slice(tStart, tEnd);
  const after = firstTokens(ctx.text.slice(objEnd, clauseEnd(ctx, sent, objEnd)), CUE_WINDOW_AFTER);
  const whole = ctx.text.slice(Math.max(cs, sent.start), clauseEnd(ctx, sent, objEnd));
  if (NEGATION_CUES.test(before) || NEGATION_CUES.test(trigger)) return 'negated';
  if (MODALITY_CUES.test(before) || MODALITY_CUES.test(trigger)) return 'modal';
  if (ADJACENT_MODALITY_CUES.test(ctx.text.slice(Math.max(cs, sent.start), tStart))) return 'modal';
  if (nominal && MODALITY_AFTER_CUES.test(ctx.text.slice(objEnd, sent.end))) return 'modal after';
  if (REMOTE_CUES.test(whole)) return 'remote';
  if (NEGATION_AFTER_CUES.test(ctx.text.slice(objEnd, sent.end))) return 'negated after';
  if (future && FUTURE_TIME_CUES.test(after)) return 'future';
  if (/\b(?:next\s+(?:week|month|year)|tomorrow)\b/i.test(after)) return 'future';
  return undefined;
}

// ---------------------------------------------------------------------------
// Patterns

interface Candidate {
  names: string[];
  sentence: number;
  pattern: string;
}

function verbPatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  for (const trig of VERB_TRIGGERS) {
    for (const m of s.matchAll(trig.re)) {
      const tStart = sent.start + m.index!;
      const tEnd = tStart + m[0].length;
      // "has been met with defiance": a passive "met" is not a meeting verb
      if (trig.name === 'met' && /\b(?:been|be|being|was|were|is|are)\s+$/i.test(ctx.text.slice(tStart - 8, tStart))) continue;
      const subj = subjectBefore(ctx, si, tStart);
      if (!subj) continue;
      let objects = listAfter(ctx, sent, tEnd);
      if (trig.name === 'held talks' && !/with$/.test(m[0])) objects = [];
      if (trig.name === 'discussed' || trig.name === 'signed') {
        // "X discussed ... with Y" within a few words; "X and Y discussed"
        objects = trig.name === 'discussed' ? discussedWith(ctx, sent, tEnd) : [];
      }
      if (trig.name === 'hosted') {
        // "X welcomed Y to Z": the object must be a guest, not Y's decision or Y's statement
        objects = objects.slice(0, 1).filter((o) => !/^welcome/.test(m[0]) || /^\s+(?:to|at|in|on|as)\b/.test(ctx.text.slice(o.end, o.end + 5)));
        if (/^(?:received|receives)/.test(m[0])) objects = objects.filter((o) => !/^\s+(?:as|for)\b/.test(ctx.text.slice(o.end, o.end + 5)));
      }
      if (trig.object && objects.length === 0 && !(trig.coordinated && subj.names.length >= 2)) continue;
      if (!trig.object && objects.length === 0 && subj.names.length < 2) continue;
      const objEnd = objects.length ? objects[objects.length - 1].end : tEnd;
      if (blocked(ctx, sent, subj.start, tStart, tEnd, objEnd, trig.future ?? false)) continue;
      if (objects.length === 0) {
        out.push({ names: subj.names, sentence: si, pattern: trig.name });
      } else if (subj.names.length >= 2) {
        out.push({ names: [...subj.names, ...objects.map((o) => o.name)], sentence: si, pattern: trig.name });
      } else {
        // "Paulson met Hu, Wang and Yang": one meeting per listed person, not among them
        for (const o of objects) out.push({ names: [subj.names[0], o.name], sentence: si, pattern: trig.name });
      }
    }
  }
}

function discussedWith(ctx: Ctx, sent: Span, pos: number): Mention[] {
  const rest = ctx.text.slice(pos, sent.end);
  const w = /^(?:\s+[^\s,;.]+){1,8}?\s+with(?=\s)/.exec(rest);
  return w ? listAfter(ctx, sent, pos + w[0].length) : [];
}

function passivePatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  for (const m of s.matchAll(PASSIVE_TRIGGERS)) {
    const tStart = sent.start + m.index!;
    const tEnd = tStart + m[0].length;
    const subj = subjectBefore(ctx, si, tStart);
    const agents = listAfter(ctx, sent, tEnd, 6);
    if (!subj || agents.length === 0) continue;
    if (blocked(ctx, sent, subj.start, tStart, tEnd, agents[agents.length - 1].end, false)) continue;
    out.push({ names: [...subj.names, ...agents.map((a) => a.name)], sentence: si, pattern: 'passive' });
  }
}

/** The person on the other side of a nominal trigger: the nearest non-possessive, non-prepositional person before it, or the subject after a sentence-initial phrase. */
function nominalSubject(ctx: Ctx, si: number, tStart: number, objEnd: number): { names: string[]; start: number } | undefined {
  const sent = ctx.sentences[si];
  // "Obama's talks with Hu": the possessor owns the talks
  const own = new RegExp(`(?:'s|’s)\\s+(?:[\\w-]+\\s+){0,3}$`).exec(ctx.text.slice(sent.start, tStart));
  if (own) {
    const owner = ctx.mentions.find((m) => m.end === sent.start + own.index);
    if (owner) return { names: [owner.name], start: owner.start };
  }
  const before = ctx.mentions.filter((m) => m.start >= sent.start && m.end <= tStart);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k];
    if (isPossessive(ctx.text, m)) continue;
    const pre = ctx.text.slice(Math.max(sent.start, m.start - 40), m.start);
    if (/\b(?:of|to|by|for|from|about|on|against|than|with|between|among|like|under|toward|towards|including|and)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+|the\s+|[a-z]+\s+(?=[\p{Lu}]))*$/u.test(pre) && !/^\s*(?:,|and)/.test(ctx.text.slice(m.end, m.end + 5))) {
      // a prepositional object ("the decision by X") is not the talks' subject;
      // but "X and Y" coordination before the trigger still is
      if (!/\band\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)*$/u.test(pre)) continue;
    }
    // coordinated subjects "X and Y ... in talks with Z"
    const subj = subjectBefore(ctx, si, m.end);
    return subj && subj.names.includes(m.name) ? subj : { names: [m.name], start: m.start };
  }
  // pronoun subject before the trigger: "He said after talks with Y"
  const head = ctx.text.slice(clauseStart(ctx, sent, tStart), tStart);
  const pron = /^\s*(?:[^,]*,\s*)?(he|she)\b/i.exec(head);
  if (pron) {
    const pos = clauseStart(ctx, sent, tStart) + pron.index! + pron[0].length - pron[1].length;
    const name = resolvePronoun(ctx, si, pos, pron[1].toLowerCase() as 'he' | 'she');
    if (name) return { names: [name], start: pos };
  }
  // "At a meeting with Y, X said": the subject follows the fronted phrase
  if (ctx.text.slice(sent.start, tStart).trim().split(/\s+/).length <= 4) {
    const comma = ctx.text.indexOf(',', objEnd);
    if (comma >= 0 && comma < sent.end && ctx.text.slice(objEnd, comma).split(/\s+/).length <= 8) {
      const subj = listAfter(ctx, sent, comma + 1, 5);
      if (subj.length) return { names: subj.map((x) => x.name), start: subj[0].start };
    }
  }
  return undefined;
}

function nominalPatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  for (const trig of NOMINAL_TRIGGERS) {
    for (const m of s.matchAll(trig.re)) {
      const tStart = sent.start + m.index!;
      const tEnd = tStart + m[0].length;
      const objects = listAfter(ctx, sent, tEnd, trig.name === 'noun with' ? 8 : 6);
      if (objects.length === 0) continue;
      let objEnd = objects[objects.length - 1].end;
      // "a meeting with Li, also attended by Sechin and Shmatko"
      const att = /^\s*,?\s*(?:which\s+was\s+|also\s+|and\s+)*attended\s+(?:also\s+)?by(?=\s)/.exec(ctx.text.slice(objEnd, sent.end));
      const extra = att ? listAfter(ctx, sent, objEnd + att[0].length) : [];
      if (extra.length) objEnd = extra[extra.length - 1].end;
      const subj = nominalSubject(ctx, si, tStart, objEnd);
      if (!subj) continue;
      if (blocked(ctx, sent, Math.min(subj.start, tStart), tStart, tEnd, objEnd, false, true)) continue;
      const names = unique([...subj.names, ...objects.map((o) => o.name), ...extra.map((o) => o.name)]);
      if (extra.length || subj.names.length > 1 || /conference|briefing/i.test(m[0])) {
        out.push({ names, sentence: si, pattern: trig.name });
      } else {
        for (const o of objects) out.push({ names: [subj.names[0], o.name], sentence: si, pattern: trig.name });
      }
    }
  }
}

function betweenPatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  for (const m of s.matchAll(BETWEEN_TRIGGER)) {
    const tStart = sent.start + m.index!;
    const tEnd = tStart + m[0].length;
    const people = listAfter(ctx, sent, tEnd, 6);
    if (people.length < 2) continue;
    if (blocked(ctx, sent, tStart, tStart, tEnd, people[people.length - 1].end, false, true)) continue;
    out.push({ names: people.map((p) => p.name), sentence: si, pattern: 'between' });
  }
}

function theirPatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  for (const m of s.matchAll(THEIR_TRIGGER)) {
    const tStart = sent.start + m.index!;
    const tEnd = tStart + m[0].length;
    const cs = clauseStart(ctx, sent, tStart);
    const before = ctx.mentions.filter((x) => x.start >= cs && x.end <= tStart && !isPossessive(ctx.text, x));
    const names = unique(before.map((x) => x.name));
    if (names.length < 2 || names.length > 4) continue;
    if (blocked(ctx, sent, before[0].start, tStart, tEnd, tEnd, false)) continue;
    out.push({ names, sentence: si, pattern: 'their' });
  }
}

function jointPatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  for (const trig of JOINT_TRIGGERS) {
    for (const m of s.matchAll(trig.re)) {
      const tStart = sent.start + m.index!;
      const tEnd = tStart + m[0].length;
      let names: string[];
      let from: number;
      let objEnd = tEnd;
      if (trig.withObjects) {
        const objects = listAfter(ctx, sent, tEnd, 6);
        if (objects.length === 0) continue;
        objEnd = objects[objects.length - 1].end;
        if (trig.name === 'signed by') {
          if (objects.length < 2) continue;
          names = objects.map((o) => o.name);
          from = tStart;
        } else {
          const subj = nominalSubject(ctx, si, tStart, objEnd);
          if (!subj) continue;
          names = [...subj.names, ...objects.map((o) => o.name)];
          from = subj.start;
        }
      } else {
        // "X and Y told a joint news conference", "X told a joint news conference with Y" is NOMINAL
        const subj = subjectBefore(ctx, si, tStart);
        if (!subj || subj.names.length < 2) continue;
        names = subj.names;
        from = subj.start;
      }
      names = unique(names);
      if (names.length < 2) continue;
      if (blocked(ctx, sent, from, tStart, tEnd, objEnd, false)) continue;
      out.push({ names, sentence: si, pattern: trig.name });
    }
  }
}

function participlePatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  const open = PARTICIPLE_OPENER.exec(s);
  if (!open) return;
  const pos = sent.start + open[0].length;
  const subj = listAfter(ctx, sent, pos, 6);
  if (subj.length !== 1) return;
  const rest = ctx.text.slice(subj[0].end, sent.end);
  const verb = ADDRESS_VERBS.exec(rest);
  if (!verb) return;
  const objects = listAfter(ctx, sent, subj[0].end + verb[0].length, 6);
  if (objects.length === 0) return;
  if (blocked(ctx, sent, sent.start, sent.start, pos, objects[objects.length - 1].end, false)) return;
  for (const o of objects) out.push({ names: [subj[0].name, o.name], sentence: si, pattern: 'participle' });
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

// ---------------------------------------------------------------------------

/**
 * Meetings reported in `text`. `sentences` are spans into `text`; `people`
 * carry every mention (surname-only repeats included). One finding per
 * distinct set of participants, with the first sentence that reports it.
 */
export function findMeetings(text: string, sentences: Span[], people: PersonRef[]): MeetingFinding[] {
  const ctx: Ctx = { text, sentences: [...sentences].sort((a, b) => a.start - b.start), mentions: collectMentions(people) };
  const candidates: Candidate[] = [];
  for (let si = 0; si < ctx.sentences.length; si++) {
    verbPatterns(ctx, si, candidates);
    passivePatterns(ctx, si, candidates);
    nominalPatterns(ctx, si, candidates);
    betweenPatterns(ctx, si, candidates);
    theirPatterns(ctx, si, candidates);
    jointPatterns(ctx, si, candidates);
    participlePatterns(ctx, si, candidates);
  }
  const seen = new Map<string, MeetingFinding>();
  for (const c of candidates.sort((a, b) => a.sentence - b.sentence)) {
    const participants = unique(c.names).sort();
    if (participants.length < 2) continue;
    const key = participants.join('\u0000');
    if (seen.has(key)) continue;
    const s = ctx.sentences[c.sentence];
    seen.set(key, { participants, evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) } });
  }
  return [...seen.values()];
}

/** For debugging and tests: which pattern produced each finding. */
export function explainMeetings(text: string, sentences: Span[], people: PersonRef[]): Array<{ participants: string[]; pattern: string; sentence: number }> {
  const ctx: Ctx = { text, sentences: [...sentences].sort((a, b) => a.start - b.start), mentions: collectMentions(people) };
  const out: Candidate[] = [];
  for (let si = 0; si < ctx.sentences.length; si++) {
    verbPatterns(ctx, si, out);
    passivePatterns(ctx, si, out);
    nominalPatterns(ctx, si, out);
    betweenPatterns(ctx, si, out);
    theirPatterns(ctx, si, out);
    jointPatterns(ctx, si, out);
    participlePatterns(ctx, si, out);
  }
  return out.map((c) => ({ participants: unique(c.names).sort(), pattern: c.pattern, sentence: c.sentence }));
}
