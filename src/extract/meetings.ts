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
 *   ADDRESS     "X told Y at a forum", "X pressed Y on the issue in talks",
 *               "X ... at a forum this year when he told Y"
 *   ATTENDANCE  "Also at the meeting were A, B and C", "the talks were also
 *               attended by A", "A, who also attended the meeting," "A and B
 *               also attended": added to the nearest meeting up to five
 *               sentences back (a "solo" meeting of one named person with a
 *               group counts: "X held talks with senior officials")
 *   MEALS etc.  "after lunching with Y", "over dinner with Y", "X and Y dined",
 *               "X and Y shook hands", "a handshake with Y"
 *
 * Subjects may also be "the two leaders"/"they" (the two people just named),
 * a shared subject of a second verb phrase ("X held talks with A and met B"),
 * an apposition list ("its negotiators, A and B, met Y"), or the subject after
 * a fronted phrase ("After her talks with Y, X said").
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
const ADVERBIAL = `(?:also|then|later|earlier|first|finally|briefly|separately|privately|jointly|again|already|recently|subsequently|previously|twice|once|personally|secretly|regularly|frequently|often|repeatedly|occasionally|several\\s+times|many\\s+times|(?:over|in|during)\\s+the\\s+(?:past|last)\\s+(?:\\w+\\s+)?(?:days|weeks|months|years)|on\\s+${WEEKDAY}|last\\s+(?:week|month|year)|this\\s+week|yesterday|today|on\\s+the\\s+sidelines\\s+of\\s+[^,]{1,60}?)`;

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
  { name: 'sat down with', re: /\b(?:sat down|sits down|dined|dines|lunched|lunches|breakfasted|supped|huddled|conferred|confers|shook hands|shakes hands|exchanged handshakes|posed for (?:photographs|photos|pictures))\s+with\b/g, object: true, coordinated: true },
  { name: 'shook hands', re: /\b(?:shook hands|dined|lunched)(?=\s|[,.;]|$)(?!\s+with\b)/g, object: false, coordinated: true },
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
const ADDRESS_VERBS = /^\s*(?:called\s+on|told|urged|asked|pressed|assured|thanked|invited|briefed|congratulated|praised|welcomed|offered|gave|handed|presented|promised)\s+/;

/**
 * Addressing a person at an in-person event: "X told Y at a forum", "X pressed
 * Y on the issue in talks", "X assured Y during a dinner". The verb, then the
 * person, then (within a few words) the event.
 */
export const ADDRESS_TRIGGER = /\b(?:told|tells|pressed|presses|urged|urges|asked|asks|assured|assures|reassured|thanked|thanks|briefed|briefs|warned|warns|informed|congratulated|challenged|lectured|implored|reminded|complained\s+to|joked\s+with|chatted\s+with|talked\s+with|spoke\s+with|spoke\s+to|said\s+to)(?=\s)/g;

/** The event after ADDRESS_TRIGGER's person: "at a forum", "in talks", "during their meeting", "on the sidelines of". */
export const ADDRESS_EVENT = /^[^;:"“”()]{0,70}?\b(?:at|during|in|over|before|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:(?:a|an|the|their|his|her|its|this|that|last|[\p{Lu}][\p{L}]*(?:'s|’s))\s+)?(?:[\p{L}-]+\s+){0,3}?(?:meetings?|talks|forum|conference|hearing|dinner|lunch|luncheon|breakfast|session|summit|reception|seminar|gathering|roundtable|round-table|ceremony|banquet|audience|encounter|visit|event|negotiations|discussions|consultations|tete-a-tete)\b/u;

/** Between "held talks" and "with": a time, a place or a short topic, no clause break and no second verb. */
const HELD_TALKS_GAP = /^(?:\s+(?!(?:to|that|which|who|and|but|or|combining|merging|buying|selling|acquiring|linking|replacing|pairing)\b)[^\s,;.:"“”()]+){1,6}?\s+with(?=\s)/;

/** Coordinated subjects that met others each on their own. */
const SEPARATELY = /\b(?:separately|individually|respectively|separate\s+meetings|one-on-one\s+meetings\s+with\s+investors)\b/i;

/** Verb triggers that, with a group object, still report a meeting later sentences may add people to. */
const SOLO_VERBS: ReadonlySet<string> = new Set(['met', 'held talks', 'sat down with', 'had a meal with']);

/** A group as the other side: "met with top bankers", "talks with congressional leaders", "a meeting with Deutsche Boerse's labour representatives". */
const GROUP_OBJECT = /^\s+(?:(?:the|a|an|his|her|their|its|some|several|two|three|four|five|six|seven|eight|nine|ten|\d+|about|more\s+than|top|senior|[\p{Lu}][\p{L}.'’&-]*(?:'s|’s)?|[a-z-]+)\s+){0,5}?(?:leaders|lawmakers|legislators|senators|bankers|executives|officials|ministers|counterparts|representatives|delegates|delegation|members|chiefs|heads|governors|envoys|negotiators|advisers|advisors|aides|issuers|investors|groups|unions|employees|workers|activists|mayors|businessmen|staff|team|troika|inspectors|creditors|bondholders|lenders|donors|ceos|CEOs)\b/u;

/**
 * Attendance: people added to a meeting reported nearby. After the cue a list
 * of people follows ("Also at the meeting were A, B and C", "the talks were
 * also attended by A"); before ATTEND_BEFORE a list of people precedes
 * ("A, who also attended the meeting,", "A and B also attended").
 */
const ATTEND_NOUNS = '(?:meeting|meetings|talks|dinner|lunch|luncheon|breakfast|session|discussions|consultations|negotiations|gathering|encounter)';
export const ATTEND_AFTER = new RegExp(
  `\\b(?:(?:[Aa]lso\\s+)?(?:[Aa]t|[Ii]n|[Pp]resent\\s+at|[Aa]ttending)\\s+the\\s+(?:[\\w-]+\\s+){0,2}?${ATTEND_NOUNS}(?:\\s+(?:on\\s+\\w+|in\\s+\\p{Lu}[\\p{L}-]*))?\\s*,?\\s+(?:were|was)(?:\\s+also)?|[Aa]lso\\s+(?:present|attending|taking\\s+part|participating)(?:\\s+(?:at|in)\\s+the\\s+(?:[\\w-]+\\s+){0,2}?${ATTEND_NOUNS})?\\s+(?:were|was)|${ATTEND_NOUNS}\\s*(?:--|,|—)?\\s*(?:which\\s+)?(?:(?:was|were|is|are|has\\s+been|had\\s+been)\\s+)?(?:also\\s+)?(?:being\\s+)?attended\\s+(?:also\\s+)?by)(?=\\s)`,
  'gu',
);
export const ATTEND_BEFORE = new RegExp(
  `^\\s*(?:,\\s*who|who)?\\s*(?:also\\s+)?(?:attended|(?:was|were)\\s+(?:also\\s+)?(?:present|there)(?:\\s+(?:at|for|in))?|took\\s+part\\s+in|participated\\s+in|sat\\s+in\\s+on|joined)(?:\\s+(?:the|that|this|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\\s+(?:[\\w-]+\\s+){0,2}?(${ATTEND_NOUNS}))?(?=\\s*(?:[,.;]|$|\\s+(?:on|in|at|and|but|,)\\b))`,
  'u',
);

/** A sentence introducing another event, which "the meeting" in a later sentence may refer to instead. */
const NEW_EVENT = /\b(?:a|an|another|separate)\s+(?:[\w-]+\s+){0,2}?(?:meeting|meetings|talks|summit|conference|session|dinner|lunch|breakfast|gathering)\b/i;

/** The same events before the verb: "at a forum this year when he told Y". */
export const ADDRESS_EVENT_BEFORE = /\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:(?:a|an|the|their|his|her|its|this|that|last|[\p{Lu}][\p{L}]*(?:'s|’s))\s+)?(?:[\p{L}-]+\s+){0,3}?(?:meetings?|talks|forum|conference|hearing|dinner|lunch|luncheon|breakfast|session|summit|reception|seminar|gathering|roundtable|ceremony|banquet|encounter|visit)\b/u;

/** Negation before the trigger: "did not meet", "no talks with", "cancelled a meeting with". */
export const NEGATION_CUES =
  /\b(?:not|never|no|nor|neither|without|cancel(?:l?ed|l?ing|s)?|call(?:ed|ing)?\s+off|postpon(?:ed|ing|es)?|shelv(?:ed|ing|es)|scrap(?:ped|ping|s)?|snub(?:bed|bing|s)?|refus(?:ed|es|ing)|declin(?:ed|es|ing)|reject(?:ed|s|ing)|avoid(?:ed|s|ing)?|instead\s+of|rather\s+than|den(?:y|ied|ies)|fail(?:ed|s)?\s+to|skip(?:ped|ping|s)?|boycott(?:ed|ing|s)?)\b|n't\b/i;

/** Planned, hoped-for, requested or hypothetical: "is due to", "hopes for talks with", "if they meet". */
export const MODALITY_CUES =
  /\b(?:will|would|could|might|shall|should|must|can|to\s+(?:hold|have|meet|attend|sit|begin|start|open|resume|launch|host|receive|welcome|discuss|sign)|plans?\s+(?:to|for|a|an)\b|planned|planning|intends?|intended|aims?|hopes?|hoped|hoping|wants?|wanted|wanting|seeks?|sought|seeking|asks?|asked|requests?|requested|invit(?:es|ed|ing|ation)|offers?|offered|propos(?:es|ed)|suggest(?:s|ed|ing)?|proposal\s+(?:for|of)|prepar(?:es|ed|ing|ation)|upcoming|forthcoming|next|future|possible|possibility|potential|prospects?|prospective|chance|expected|expects?|due|set\s+to|scheduled|slated|pending|if|unless|whether|awaits?|awaited|awaiting|urged|called\s+for|demand(?:s|ed)?|push(?:es|ed|ing)?\s+for|bid\s+for\s+(?:a\s+|an\s+)?(?:talks|meeting|summit)|agree(?:s|d)?\s+to)\b|\bmay\b/i;

/** A modal auxiliary anywhere between the subject and its trigger. */
const SUBJECT_MODAL = /\b(?:will|would|could|might|shall|(?:is|are|was|were)\s+(?:due|set|expected|scheduled|slated|going)\s+to|plans?\s+to|intends?\s+to|hopes?\s+to|wants?\s+to)\b/i;

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

/**
 * `ctx.mentions.filter((m) => m.start >= from && m.end <= to)`: the mentions are sorted and do not overlap, so
 * their ends are sorted too and the answer is one run of them, found by binary search rather than a scan of the
 * article's every mention (asked once per sentence or cue, a scan makes a long article's cost quadratic).
 */
function mentionsWithin(ctx: Ctx, from: number, to: number): Mention[] {
  const ms = ctx.mentions;
  const i = firstIndex(ms, (m) => m.start >= from);
  const j = firstIndex(ms, (m) => m.end > to);
  return i < j ? ms.slice(i, j) : [];
}

/** The first index of sorted `ms` at which `past` holds (it holds from there on), or ms.length. */
function firstIndex(ms: Mention[], past: (m: Mention) => boolean): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(ms[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const POSSESSIVE_AFTER = /^(?:'s?|’s?)(?=\s|$)/;

function isPossessive(text: string, m: Mention): boolean {
  return POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3));
}

/** A name used as a modifier: "Bush administration officials", "the Obama campaign". */
const ATTRIBUTIVE_AFTER = /^\s+(?:administration|government|era|years|aides|officials|team|camp|campaign|cabinet|presidency|doctrine|White\s+House|loyalists|supporters|allies)\b/;

function isAttributive(text: string, m: Mention): boolean {
  return ATTRIBUTIVE_AFTER.test(text.slice(m.end, m.end + 30));
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
  const inSent = mentionsWithin(ctx, pos, sent.end);
  let cursor = pos;
  for (const m of inSent) {
    const gap = ctx.text.slice(cursor, m.start);
    if (out.length === 0) {
      if (!isFiller(gap, maxFirstGap)) break;
    } else {
      // "A, the commissioner for economic affairs, B and C": an apposition in commas may separate two names
      const sep = /^\s*(?:,\s*(?:(?:the|a|an|his|her|its|their)\s+[^,;:()"“”]{1,70},\s*)?(?:and\s+|as\s+well\s+as\s+)?|\s*and\s+|\s*as\s+well\s+as\s+|\s*&\s+)/.exec(gap);
      if (!sep || !isFiller(gap.slice(sep[0].length), 6)) break;
    }
    if (isPossessive(ctx.text, m) || isAttributive(ctx.text, m)) break;
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
  let last = mentionEndingAt(ctx, end);
  // "its negotiators, A and B, had met with Y": the apposition is the subject
  if (!last && /,$/.test(head)) {
    const inner = mentionEndingAt(ctx, end - 1);
    if (inner && !/\b(?:said|says|told)\b/.test(ctx.text.slice(inner.end, end))) {
      last = inner;
      head = head.slice(0, -1);
      end -= 1;
    }
  }
  if (!last) {
    const pair = pairAnaphor(ctx, si, head, end);
    if (pair) return pair;
    const shared = sharedSubject(ctx, si, head, end);
    if (shared) return shared;
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

/** "the two leaders", "both men", "the pair", "they" right before a trigger. */
const PAIR_ANAPHOR = /\b(?:(?:the|both|the\s+two|these\s+two)\s+(?:two\s+)?(?:leaders|men|women|ministers|presidents|premiers|prime\s+ministers|officials|executives|chiefs|heads|counterparts|politicians|statesmen|bosses|sides)|both|the\s+pair|they)$/i;

/**
 * "the two leaders met", "when they met": the two people named before in the
 * sentence (or, for a noun phrase, in the previous one). Exactly two distinct
 * people, else no subject; "they" only for coordinated "X and Y".
 */
function pairAnaphor(ctx: Ctx, si: number, head: string, end: number): Subject {
  const m = PAIR_ANAPHOR.exec(head);
  if (!m) return undefined;
  const sent = ctx.sentences[si];
  const at = end - m[0].length;
  const distinct = (ms: Mention[]) => unique(ms.filter((x) => !isPossessive(ctx.text, x)).map((x) => x.name));
  const here = mentionsWithin(ctx, sent.start, at);
  const names = distinct(here);
  if (/^they$/i.test(m[0])) {
    if (names.length !== 2 || here.length < 2) return undefined;
    const a = here.find((x) => x.name === names[0])!;
    const b = here.find((x) => x.name === names[1])!;
    if (!/^\s*(?:and|&)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+|[a-z]+\s+(?=[\p{Lu}]))*$/u.test(ctx.text.slice(a.end, b.start))) return undefined;
    return { names, start: at };
  }
  if (names.length === 2) return { names, start: at };
  if (names.length === 0 && si > 0) {
    const prev = ctx.sentences[si - 1];
    const pn = distinct(mentionsWithin(ctx, prev.start, prev.end));
    if (pn.length === 2) return { names: pn, start: at };
  }
  return undefined;
}

/**
 * "Clinton held a meeting with Lavrov and met Medvedev": a second verb
 * phrase shares the sentence's subject. No reporting verb in between, and the
 * first verb phrase must not hold another subject-like person.
 */
function sharedSubject(ctx: Ctx, si: number, head: string, end: number): Subject {
  if (!/(?:\s|,)and$/.test(head)) return undefined;
  const sent = ctx.sentences[si];
  const ms = mentionsWithin(ctx, sent.start, end);
  if (ms.length === 0) return undefined;
  const first = ms[0];
  if (!isSentenceSubject(ctx, sent, first) || isPossessive(ctx.text, first)) return undefined;
  const between = ctx.text.slice(first.end, end);
  if (/\b(?:said|says|told|tells|added|who|which|that|when|while|after|before|because|as|if)\b|[;:"“”(]/.test(between)) return undefined;
  // the first predicate must begin right after the subject (a finite verb, possibly after an apposition)
  const subj = subjectBefore(ctx, si, first.end + (/^\s*,[^,]{1,80},/.exec(between)?.[0].length ?? 0) + 1);
  if (!subj || !subj.names.includes(first.name)) return undefined;
  return { names: subj.names, start: first.start };
}

/** "from Tillerson", "with Y": a person governed by a preposition is not a clause subject. */
function isPrepositional(ctx: Ctx, sent: Span, m: Mention): boolean {
  const pre = ctx.text.slice(Math.max(sent.start, m.start - 50), m.start);
  return /\b(?:of|to|by|for|from|about|on|against|than|with|between|among|like|under|toward|towards|including|at|after|before)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+|the\s+|his\s+|her\s+|[a-z]+\s+(?=[\p{Lu}]))*$/u.test(pre);
}

/** True if `m` opens its sentence: only titles, capitalized words, a dateline or a quote before it. */
function isSentenceSubject(ctx: Ctx, sent: Span, m: Mention): boolean {
  const head = ctx.text.slice(sent.start, m.start).replace(/^.*\((?:Reuters|AP|AFP)\)\s*[-–—]\s*/, '');
  return isFiller(head, 8) && !/,/.test(head);
}

/** The mention whose end is at `end` (up to whitespace and a title-free gap). */
function mentionEndingAt(ctx: Ctx, end: number): Mention | undefined {
  // The first mention followed by nothing but white space up to `end`: one ending inside the white space before it.
  let space = Math.min(end, ctx.text.length);
  while (space > 0 && /\s/.test(ctx.text[space - 1])) space--;
  const m = ctx.mentions[firstIndex(ctx.mentions, (x) => x.end >= space)];
  return m && m.end <= end ? m : undefined;
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
  const before = mentionsWithin(ctx, sent.start, pos);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k];
    const gap = ctx.text.slice(m.end, pos);
    if (/^\s*(?:,[^,]{0,80},\s*)?(?:said|says|told\s+[^,]{0,40}|added|noted|stated|insisted|stressed|explained|acknowledged|confirmed)\s+(?:that\s+|on\s+\w+\s+|\w+day\s+)?$/i.test(gap)) {
      return fits(m.name) && !isPossessive(ctx.text, m) ? m.name : undefined;
    }
  }
  // "Brown backed the plan when he held talks with Bush": one person before,
  // the sentence's subject, is the antecedent; two or more are ambiguous
  const plain = before.filter((m) => !isPossessive(ctx.text, m) && !isPrepositional(ctx, sent, m));
  if (plain.length > 0 && before.every((m) => !isPossessive(ctx.text, m)) && new Set(plain.map((m) => m.name)).size === 1 && isSentenceSubject(ctx, sent, plain[0])) {
    return fits(plain[0].name) ? plain[0].name : undefined;
  }
  if (before.length > 0) return undefined; // another person in the sentence: ambiguous
  for (let back = 1; back <= 2 && si - back >= 0; back++) {
    const prev = ctx.sentences[si - back];
    const ms = mentionsWithin(ctx, prev.start, prev.end).filter((m) => !isPossessive(ctx.text, m));
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
  // the subject's own auxiliary further back: "X and Y will have a first meeting in the morning followed by a lunch with Z"
  if (from < tStart && SUBJECT_MODAL.test(ctx.text.slice(from, tStart).replace(/,\s*(?:who|which)\b[^,]*,/g, ','))) return 'modal';
  // a nominal trigger has no tense of its own: the clause's auxiliary governs it
  // ("Bush will bring X and Y into the negotiations at a meeting with ...")
  if (nominal) {
    // ... but a modal in reported speech before "X said" is not the trigger's
    const window = lastTokens(ctx.text.slice(Math.max(cs, sent.start), tStart).replace(/,\s*(?:who|which)\b[^,]*,/g, ','), 20);
    const reported = /^.*\b(?:said|says|told|tells|added|adds|according\s+to|stressed|insisted|warned)\b/s.exec(window);
    if (SUBJECT_MODAL.test(reported ? window.slice(reported[0].length) : window)) return 'modal';
  }
  const lead = ctx.text.slice(Math.max(cs, sent.start), tStart);
  // "visited Beijing this week for talks with Y": a past or present visit, the talks took place
  if (ADJACENT_MODALITY_CUES.test(lead) && !VISIT_FOR.test(lead)) return 'modal';
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
      let withEnd = tEnd;
      if (trig.name === 'held talks' && !/with$/.test(m[0])) {
        // "held talks on Monday with Y", "held talks on trade with Y"
        const w = HELD_TALKS_GAP.exec(ctx.text.slice(tEnd, Math.min(sent.end, tEnd + 120)));
        withEnd = w ? tEnd + w[0].length : tEnd;
        objects = w ? listAfter(ctx, sent, withEnd) : [];
      }
      if (trig.name === 'discussed' || trig.name === 'signed') {
        // "X discussed ... with Y" within a few words; "X and Y discussed"
        objects = trig.name === 'discussed' ? discussedWith(ctx, sent, tEnd) : [];
      }
      if (trig.name === 'hosted') {
        // "X welcomed Y to Z": the object must be a guest, not Y's decision or Y's statement
        objects = objects.slice(0, 1).filter((o) => !/^welcome/.test(m[0]) || /^\s+(?:to|at|in|on|as)\b/.test(ctx.text.slice(o.end, o.end + 5)));
        if (/^(?:received|receives)/.test(m[0])) objects = objects.filter((o) => !/^\s+(?:as|for)\b/.test(ctx.text.slice(o.end, o.end + 5)));
      }
      if (objects.length === 0 && subj.names.length === 1 && SOLO_VERBS.has(trig.name) && GROUP_OBJECT.test(ctx.text.slice(withEnd, sent.end))) {
        // "Obama met with top bankers": a meeting a later sentence may add named people to
        if (!blocked(ctx, sent, subj.start, tStart, tEnd, tEnd, trig.future ?? false)) out.push({ names: subj.names, sentence: si, pattern: 'solo' });
        continue;
      }
      if (trig.object && objects.length === 0 && !(trig.coordinated && subj.names.length >= 2)) continue;
      if (!trig.object && objects.length === 0 && subj.names.length < 2) continue;
      const objEnd = objects.length ? objects[objects.length - 1].end : tEnd;
      if (blocked(ctx, sent, subj.start, tStart, tEnd, objEnd, trig.future ?? false)) continue;
      if (objects.length === 0) {
        // "X and Y met investors separately": the subjects did not meet each other
        if (SEPARATELY.test(s)) continue;
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
    const at = ctx.mentions[firstIndex(ctx.mentions, (m) => m.end >= sent.start + own.index)];
    const owner = at?.end === sent.start + own.index ? at : undefined;
    if (owner) return { names: [owner.name], start: owner.start };
  }
  const before = mentionsWithin(ctx, sent.start, tStart);
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
  // "At a meeting with Y, X said", "After her talks with Y on Monday, X said",
  // "Minutes after he emerged from a meeting with Y, X appeared": the subject
  // follows the fronted phrase (a pronoun in it points forward to that subject)
  const fronted = ctx.text.slice(sent.start, tStart);
  if (fronted.trim().split(/\s+/).length <= 4 || FRONTED_OPENER.test(fronted)) {
    const comma = ctx.text.indexOf(',', objEnd);
    if (comma >= 0 && comma < sent.end && ctx.text.slice(objEnd, comma).split(/\s+/).length <= 8 && !/[;:"“”]/.test(ctx.text.slice(objEnd, comma))) {
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
      let tEnd = tStart + m[0].length;
      if (trig.name === 'noun with') {
        const gap = NOUN_WITH_GAP.exec(ctx.text.slice(tEnd, Math.min(sent.end, tEnd + 160)));
        if (!gap) continue;
        tEnd += gap[0].length;
      }
      const objects = listAfter(ctx, sent, tEnd, trig.name === 'noun with' ? 8 : 6);
      if (objects.length === 0) {
        if (GROUP_OBJECT.test(ctx.text.slice(tEnd, sent.end)) && !/conference|briefing|handshake/i.test(m[0])) {
          const subj = nominalSubject(ctx, si, tStart, tEnd);
          if (subj && !(subj.names.length > 1 && SEPARATELY.test(s)) && !blocked(ctx, sent, Math.min(subj.start, tStart), tStart, tEnd, tEnd, false, true)) out.push({ names: subj.names, sentence: si, pattern: 'solo' });
        }
        continue;
      }
      let objEnd = objects[objects.length - 1].end;
      // "a meeting with Li, also attended by Sechin and Shmatko"
      const att = /^\s*,?\s*(?:which\s+was\s+|also\s+|and\s+)*attended\s+(?:also\s+)?by(?=\s)/.exec(ctx.text.slice(objEnd, sent.end));
      const extra = att ? listAfter(ctx, sent, objEnd + att[0].length) : [];
      if (extra.length) objEnd = extra[extra.length - 1].end;
      // "After talks with Y, X said": in a fronted phrase a bare comma ends the list; X is the subject
      let fronted: Subject;
      const head = ctx.text.slice(sent.start, tStart);
      if (objects.length >= 2 && !extra.length && (FRONTED_OPENER.test(head) || head.trim().split(/\s+/).length <= 4)) {
        const lastObj = objects[objects.length - 1];
        if (/^\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(ctx.text.slice(objects[objects.length - 2].end, lastObj.start))) {
          objects.pop();
          objEnd = objects[objects.length - 1].end;
          fronted = { names: [lastObj.name], start: lastObj.start };
        }
      }
      const subj = fronted ?? nominalSubject(ctx, si, tStart, objEnd);
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
    if (people.length === 1 && GROUP_OBJECT.test(ctx.text.slice(people[0].end, sent.end).replace(/^\s*(?:and|&)(?=\s)/, ''))) {
      // "X said after a meeting between Y and committee members": the speaker was among them
      if (!/^\s*(?:and|&)\s/.test(ctx.text.slice(people[0].end, sent.end))) continue;
      const subj = nominalSubject(ctx, si, tStart, people[0].end);
      if (!subj || subj.names.includes(people[0].name)) continue;
      if (blocked(ctx, sent, Math.min(subj.start, tStart), tStart, tEnd, people[0].end, false, true)) continue;
      out.push({ names: [...subj.names, people[0].name], sentence: si, pattern: 'between group' });
      continue;
    }
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
    const before = mentionsWithin(ctx, cs, tStart).filter((x) => !isPossessive(ctx.text, x));
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

const ADDRESS_PRECHECK = /meeting|talks|forum|conference|hearing|dinner|lunch|breakfast|session|summit|reception|seminar|gathering|roundtable|round-table|ceremony|banquet|audience|encounter|visit|event|negotiations|discussions|consultations|tete-a-tete/i;

function addressPatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  if (!ADDRESS_PRECHECK.test(s)) return;
  for (const m of s.matchAll(ADDRESS_TRIGGER)) {
    const tStart = sent.start + m.index!;
    const tEnd = tStart + m[0].length;
    const objects = listAfter(ctx, sent, tEnd, 6);
    if (objects.length === 0) continue;
    const objEnd = objects[objects.length - 1].end;
    const rest = ctx.text.slice(objEnd, sent.end);
    const ev = ADDRESS_EVENT.exec(rest);
    // a lawyer addressing a judge in court is not a meeting
    if (/\b(?:Judge|Justice|court|courtroom|trial)\b/.test(ctx.text.slice(tStart, ev ? objEnd + ev[0].length : objEnd))) continue;
    if (!ev) {
      // "X ... at a forum this year when he told Y": the event earlier in the sentence
      const lead = lastTokens(ctx.text.slice(sent.start, tStart), 15);
      const evBefore = ADDRESS_EVENT_BEFORE.exec(lead);
      if (!evBefore || /\b(?:said|says|told|tells|added)\b|[;:"“”]/.test(lead.slice(evBefore.index + evBefore[0].length))) continue;
      const subj = subjectBefore(ctx, si, tStart);
      if (!subj || blocked(ctx, sent, subj.start, tStart, tEnd, objEnd, false) || REMOTE_CUES.test(lead)) continue;
      for (const o of objects) if (!subj.names.includes(o.name)) out.push({ names: [...subj.names, o.name], sentence: si, pattern: 'told at' });
      continue;
    }
    // the event must belong to this predicate: "told Y that ... at a meeting" reports something else
    if (/\b(?:that|who|which|when|where|if|whether|because|after|before)\b/.test(rest.slice(0, ev[0].length).replace(/\b(?:at|during|in|over|before)\s+[^,]*$/, ''))) continue;
    // a hearing or a summit with the "told" person as an audience is still in person;
    // but "told Y in an interview" / "in a letter" are not events here
    const subj = subjectBefore(ctx, si, tStart) ?? nominalSubject(ctx, si, tStart, objEnd);
    if (!subj) continue;
    const evEnd = objEnd + ev[0].length;
    if (blocked(ctx, sent, subj.start, tStart, tEnd, evEnd, false)) continue;
    if (REMOTE_CUES.test(ev[0])) continue;
    for (const o of objects) if (!subj.names.includes(o.name)) out.push({ names: [...subj.names, o.name], sentence: si, pattern: 'told at' });
  }
}

/**
 * Attendance sentences add their people to the nearest meeting reported in
 * the same or the three previous sentences; without one, the people listed
 * at an explicitly named meeting met each other.
 */
function attendancePatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  const found: Array<{ people: string[]; from: number; tStart: number; tEnd: number; objEnd: number; explicit: boolean }> = [];
  for (const m of s.matchAll(ATTEND_AFTER)) {
    const tStart = sent.start + m.index!;
    const tEnd = tStart + m[0].length;
    let list = listAfter(ctx, sent, tEnd, 8);
    if (list.length === 0) {
      // "attended by the country's top three officials -- A, B and C", "attended by ministers, including A"
      const intro = /^[^;:"“”()]{0,70}?(?:\s--|—|:|,\s*including|\s+including|,\s*among\s+them)\s*/.exec(ctx.text.slice(tEnd, sent.end));
      if (intro) list = listAfter(ctx, sent, tEnd + intro[0].length, 4);
    }
    if (list.length === 0) continue;
    found.push({ people: list.map((x) => x.name), from: tStart, tStart, tEnd, objEnd: list[list.length - 1].end, explicit: true });
  }
  const before = /\b(?:attended|present|there|took\s+part|participated|sat\s+in|joined)\b/.test(s) ? mentionsWithin(ctx, sent.start, sent.end) : [];
  for (const mention of before) {
    const rest = ctx.text.slice(mention.end, sent.end);
    // the list may carry an apposition: "A, a Delaware Republican, also attended"
    const app = /^\s*,[^,;:"“”()]{1,60},(?=\s*(?:who\s+)?(?:also\s+)?(?:attended|was|were|took|participated|sat|joined)\b)/.exec(rest);
    const cue = ATTEND_BEFORE.exec(app ? rest.slice(app[0].length) : rest);
    if (!cue) continue;
    const tStart = mention.end + (app ? app[0].length : 0);
    const tEnd = tStart + cue[0].length;
    // ", who attended" belongs to the last name only; "A and B attended" to both
    const relative = /^\s*,?\s*who\b/.test(cue[0]);
    const subj = (relative ? undefined : subjectBefore(ctx, si, tStart)) ?? { names: [mention.name], start: mention.start };
    if (!subj.names.includes(mention.name)) continue;
    // "A and B also attended." names no event: the previous sentence must speak of a meeting
    const prevTalk = si > 0 && new RegExp(`\\b${ATTEND_NOUNS}\\b`, 'i').test(ctx.sentences[si - 1].text ?? ctx.text.slice(ctx.sentences[si - 1].start, ctx.sentences[si - 1].end));
    found.push({ people: subj.names, from: subj.start, tStart, tEnd, objEnd: tEnd, explicit: Boolean(cue[1]) || (prevTalk && !relative) });
  }
  for (const f of found) {
    if (blocked(ctx, sent, f.from, f.tStart, f.tEnd, f.objEnd, true)) continue;
    // the nearest meeting reported up to five sentences back, unless a sentence in
    // between introduces another event ("a summit", "a meeting of ministers")
    let antecedent: Candidate | undefined;
    for (const c of [...out].reverse()) {
      if (c.pattern === 'attended' || c.sentence > si) continue;
      if (c.sentence < si - 5) break;
      antecedent = c;
      break;
    }
    if (antecedent) {
      for (let k = antecedent.sentence + 1; k < si; k++) {
        if (NEW_EVENT.test(ctx.text.slice(ctx.sentences[k].start, ctx.sentences[k].end))) antecedent = undefined;
      }
    }
    if (antecedent) {
      out.push({ names: unique([...antecedent.names, ...f.people]), sentence: si, pattern: 'attended' });
    } else if (f.explicit && f.people.length >= 2) {
      out.push({ names: f.people, sentence: si, pattern: 'attended' });
    }
  }
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
    addressPatterns(ctx, si, candidates);
    attendancePatterns(ctx, si, candidates);
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
