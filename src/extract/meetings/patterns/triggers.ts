/**
 * The pattern finder's triggers: the words and phrases that can report a meeting ("met",
 * "held talks with", "a meeting with", "talks between", "at their meeting", "told Y at a
 * forum") and the gaps allowed around them. Each is a regular expression the pattern
 * families (verbs.ts, nominal.ts, joint.ts, address.ts) run over a sentence.
 */

export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Adverbials that may stand between a subject and its verb or a verb and its object. */
export const ADVERBIAL = `(?:also|then|later|earlier|first|finally|briefly|separately|privately|jointly|again|already|recently|subsequently|previously|twice|once|personally|secretly|regularly|frequently|often|repeatedly|occasionally|several\\s+times|many\\s+times|(?:over|in|during)\\s+the\\s+(?:past|last)\\s+(?:\\w+\\s+)?(?:days|weeks|months|years)|on\\s+${WEEKDAY}|last\\s+(?:week|month|year)|this\\s+week|yesterday|today|on\\s+the\\s+sidelines\\s+of\\s+[^,]{1,60}?)`;

/** Auxiliaries allowed between subject and a finite trigger ("X has met Y", "X had held talks"). */
export const AUXILIARY = '(?:has|have|had|was|were|is|are)';

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
  { name: 'sat down with', re: /\b(?:sat down|sits down|dined|dines|lunched|lunches|breakfasted|supped|huddled|conferred|confers|shook hands|shakes hands|exchanged handshakes|posed for (?:photographs|photos|pictures))\s+with\b/g, object: true, coordinated: true },
  { name: 'shook hands', re: /\b(?:shook hands|dined|lunched)(?=\s|[,.;]|$)(?!\s+with\b)/g, object: false, coordinated: true },
  { name: 'had a meal with', re: /\b(?:had|has|hosted)\s+(?:a\s+)?(?:working\s+|private\s+|state\s+|official\s+)?(?:lunch|dinner|breakfast|meal|banquet)\s+with\b/g, object: true, coordinated: true },
  { name: 'discussed', re: /\b(?:discussed|have discussed|had discussed|also discussed)(?=\s)/g, object: false, coordinated: true },
  { name: 'signed', re: /\b(?:signed|have signed|had signed)(?=\s)/g, object: false, coordinated: true },
];

/** Passive verb triggers: "Y was received by X". */
export const PASSIVE_TRIGGERS = /\b(?:was|were|had been|has been|being)\s+(?:warmly\s+|personally\s+)?(?:received|welcomed|hosted|greeted|met)\s+by(?=\s)/g;

/** Nouns for in-person events, followed by "with": "talks with Y". */
export const MEETING_NOUNS =
  '(?:talks|meeting|meetings|discussions|consultations|negotiations|summit|summit\\s+talks|(?:joint\\s+)?(?:news|press)\\s+conferences?|(?:joint\\s+)?(?:news|press)\\s+briefing|dinner|lunch|breakfast|encounter|audience|tete-a-tete|get-together|session|meal|banquet)';

/** Nominal triggers: "(in) talks with Y", "a meeting with Y", "after meeting Y", "X, meeting Y". */
export const NOMINAL_TRIGGERS: ReadonlyArray<{ name: string; re: RegExp }> = [
  { name: 'noun with', re: new RegExp(`\\b(?:${MEETING_NOUNS}|handshake|handshakes)(?=\\s)`, 'gi') },
  { name: 'after meeting', re: /\b(?:after|following|while|when|during)\s+(?:a\s+)?meeting(?:\s+with)?(?=\s)/g },
  // "said after lunching with Y", "while dining with Y", "after holding talks with Y"
  { name: 'after lunching', re: /\b(?:after|following|while|when|during|over)\s+(?:lunching|dining|breakfasting|conferring|huddling|sitting\s+down|holding\s+(?:[a-z-]+\s+){0,2}?(?:talks|meetings?|discussions)|having\s+(?:a\s+)?(?:[a-z-]+\s+)?(?:lunch|dinner|breakfast|talks))\s+with(?=\s)/gi },
  { name: 'participle meeting', re: /,\s+meeting(?:\s+with)?(?=\s)/g },
];

/**
 * What may stand between a meeting noun and "with": adverbials, a place or a
 * time ("a news conference in Berlin on Wednesday with Y", "talks at the
 * Kremlin with Y"). Case-sensitive: the place must be capitalized.
 */
export const NOUN_WITH_GAP = new RegExp(
  `^(?:\\s+(?:${ADVERBIAL}|(?:in|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,3}|on\\s+(?:${WEEKDAY}|\\w+\\s+\\d{1,2})|late\\s+on\\s+${WEEKDAY}|(?:earlier|later)\\s+(?:on\\s+)?${WEEKDAY}|on\\s+the\\s+sidelines(?:\\s+of\\s+(?:the\\s+|a\\s+)?[\\p{L}0-9-]+(?:\\s+\\p{Lu}[\\p{L}0-9-]*){0,4}(?:\\s+(?:summit|meeting|meetings|conference|forum|talks))?)?)){0,3}\\s+with(?=\\s)`,
  'u',
);

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

/**
 * A fronted subordinate phrase holding a nominal trigger, with no comma before
 * it: "After her talks with Y, X said", "Hours after he emerged from a meeting with Y, X ...".
 */
export const FRONTED_OPENER = /^\s*["“]?\s*(?:(?:Minutes|Hours|Days|Shortly|Soon|Just|Immediately|Speaking|Talking|Writing)\s+)?(?:[Aa]fter|[Ff]ollowing|[Dd]uring|[Ii]n|[Aa]t|[Ww]hen|[Ww]hile|[Ss]ince|[Ff]resh\s+from|[Ee]merging\s+from|[Cc]oming\s+out\s+of)\s+[^,;:"“”]*$/;

/** Verbs by which the subject of PARTICIPLE_OPENER addresses the other side. */
export const ADDRESS_VERBS = /^\s*(?:called\s+on|told|urged|asked|pressed|assured|thanked|invited|briefed|congratulated|praised|welcomed|offered|gave|handed|presented|promised)\s+/;

/**
 * Addressing a person at an in-person event: "X told Y at a forum", "X pressed
 * Y on the issue in talks", "X assured Y during a dinner". The verb, then the
 * person, then (within a few words) the event.
 */
export const ADDRESS_TRIGGER = /\b(?:told|tells|pressed|presses|urged|urges|asked|asks|assured|assures|reassured|thanked|thanks|briefed|briefs|warned|warns|informed|congratulated|challenged|lectured|implored|reminded|complained\s+to|joked\s+with|chatted\s+with|talked\s+with|spoke\s+with|spoke\s+to|said\s+to)(?=\s)/g;

/** The event after ADDRESS_TRIGGER's person: "at a forum", "in talks", "during their meeting", "on the sidelines of". */
export const ADDRESS_EVENT = /^[^;:"“”()]{0,70}?\b(?:at|during|in|over|before|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:(?:a|an|the|their|his|her|its|this|that|last|[\p{Lu}][\p{L}]*(?:'s|’s))\s+)?(?:[\p{L}-]+\s+){0,3}?(?:meetings?|talks|forum|conference|hearing|dinner|lunch|luncheon|breakfast|session|summit|reception|seminar|gathering|roundtable|round-table|ceremony|banquet|audience|encounter|visit|event|negotiations|discussions|consultations|tete-a-tete)\b/u;

/** Between "held talks" and "with": a time, a place or a short topic, no clause break and no second verb. */
export const HELD_TALKS_GAP = /^(?:\s+(?!(?:to|that|which|who|and|but|or|combining|merging|buying|selling|acquiring|linking|replacing|pairing)\b)[^\s,;.:"“”()]+){1,6}?\s+with(?=\s)/;

/** Coordinated subjects that met others each on their own. */
export const SEPARATELY = /\b(?:separately|individually|respectively|separate\s+meetings|one-on-one\s+meetings\s+with\s+investors)\b/i;

/** Verb triggers that, with a group object, still report a meeting later sentences may add people to. */
export const SOLO_VERBS: ReadonlySet<string> = new Set(['met', 'held talks', 'sat down with', 'had a meal with']);

/** A group as the other side: "met with top bankers", "talks with congressional leaders", "a meeting with Deutsche Boerse's labour representatives". */
export const GROUP_OBJECT = /^\s+(?:(?:the|a|an|his|her|their|its|some|several|two|three|four|five|six|seven|eight|nine|ten|\d+|about|more\s+than|top|senior|[\p{Lu}][\p{L}.'’&-]*(?:'s|’s)?|[a-z-]+)\s+){0,5}?(?:leaders|lawmakers|legislators|senators|bankers|executives|officials|ministers|counterparts|representatives|delegates|delegation|members|chiefs|heads|governors|envoys|negotiators|advisers|advisors|aides|issuers|investors|groups|unions|employees|workers|activists|mayors|businessmen|staff|team|troika|inspectors|creditors|bondholders|lenders|donors|ceos|CEOs)\b/u;

/** The same events before the verb: "at a forum this year when he told Y". */
export const ADDRESS_EVENT_BEFORE = /\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:(?:a|an|the|their|his|her|its|this|that|last|[\p{Lu}][\p{L}]*(?:'s|’s))\s+)?(?:[\p{L}-]+\s+){0,3}?(?:meetings?|talks|forum|conference|hearing|dinner|lunch|luncheon|breakfast|session|summit|reception|seminar|gathering|roundtable|ceremony|banquet|encounter|visit)\b/u;

/**
 * A test that holds for a sentence exactly when one of `res` matches somewhere in it: the patterns of one
 * flag set joined into one alternation, one alternation per flag set. Most sentences hold no trigger of a
 * family, whose scans the test skips (the verb family's ten scans cost four times the one test). Patterns
 * whose meaning an alternation would change are refused: back-references and named groups (renumbered or
 * duplicated), and flags other than g, i and u.
 */
export function anyOf(res: readonly RegExp[]): { test(s: string): boolean } {
  const byFlags = new Map<string, string[]>();
  for (const r of res) {
    if (/[^giu]/.test(r.flags)) throw new Error(`anyOf: /${r.source}/${r.flags}: only the g, i and u flags keep their meaning in an alternation`);
    if (/\\[1-9]|\\k<|\(\?<(?![=!])/.test(r.source)) throw new Error(`anyOf: /${r.source}/ has a back-reference or a named group`);
    const flags = r.flags.replace('g', '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${r.source})`]);
  }
  const unions = [...byFlags].map(([flags, parts]) => new RegExp(parts.join('|'), flags));
  return { test: (s: string) => unions.some((u) => u.test(s)) };
}

export const VERB_ANY = anyOf(VERB_TRIGGERS.map((t) => t.re));
export const NOMINAL_ANY = anyOf(NOMINAL_TRIGGERS.map((t) => t.re));
export const JOINT_ANY = anyOf(JOINT_TRIGGERS.map((t) => t.re));
