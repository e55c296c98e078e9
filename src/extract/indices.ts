/**
 * Stock indices and the like are no organizations: "the Nikkei average", "S&P 500 futures", "the FTSE 100",
 * "the Dow Jones industrial average", "the MSCI all-country world index". Their words are excluded from the
 * article's organizations where they name an index (the same words elsewhere, "Standard & Poor's cut
 * Japan's rating", stay the organization). The names, designators and qualifying words are data:
 * data/ner/index-designators.json.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Span } from './types.js';
import { escapeRegExp } from '../article/regex.js';

export const INDEX_DESIGNATORS_PATH = fileURLToPath(new URL('../../data/ner/index-designators.json', import.meta.url));

interface IndexData {
  names: string[];
  designators: string[];
  qualifiers: string[];
  /** Bare index names read as an index when moving or paired with another ("the S&P lost", "the Dow and the S&P"). */
  paired?: string[];
  /** Words of a day's move ("rose", "was flat"), and the words allowed between the name and one ("was", "ended"). */
  moves?: string[];
  /** Words of a move that say something else too ("declined to comment", "added"): a move only before a figure. */
  figuredMoves?: string[];
  auxiliaries?: string[];
  /** Bodies whose own names read like an index ("S&P Dow Jones Indices"). */
  organizations?: string[];
}

const escape = (s: string) => escapeRegExp(s).replace(/'/g, "['’]");
/** A lower-case word of the list, also with its first letter capitalised ("Index", "Industrial"). */
const eitherCase = (w: string) => {
  const first = w.charAt(0);
  return first.toUpperCase() !== first ? `[${first}${first.toUpperCase()}]${escape(w.slice(1))}` : escape(w);
};

/** The matcher of an index list: a name, its possessive, up to three qualifying words, then a designator or an index number. */
export function indexMatcher(data: IndexData): RegExp {
  const names = [...new Set(data.names)].sort((a, b) => b.length - a.length).map(escape).join('|');
  const designators = data.designators.map(eitherCase).join('|');
  // Before a designator, a qualifying word: one of the list (any case), a capitalised word ("Industrial",
  // "European") or a number ("600"). Before an index number, only the list's words: a capitalised word
  // there reads a company's name on into a price ("Nasdaq OMX Group 25 cents", "NYSE Euronext 2000").
  const listed = data.qualifiers.map(eitherCase).join('|');
  const qualifier = `(?:${listed}|\\p{Lu}[\\p{L}&-]*|\\d+)`;
  // An index number: not a year other than 2000 (the Russell 2000), and no word run on ("Philadelphia 76ers").
  const number = `(?!19\\d\\d|20(?:0[1-9]|[1-9]\\d))\\d{2,4}(?![\\p{N}.,]\\p{N}|[\\p{N}\\p{L}%])`;
  return new RegExp(
    `(?<![\\p{L}\\p{N}&/-])(?:${names})(?:['’]s)?(?:(?:\\s+(?:${listed})){0,3}?\\s+${number}|(?:\\s+${qualifier}){0,3}?\\s+(?:${designators})(?![\\p{L}]))`,
    'gu',
  );
}

/**
 * The matcher of a bare index name read as an index by its context, in market reports: the subject of its day's
 * move ("the S&P lost 3.9 percent", "the Nasdaq .IXIC turned negative", "S&P was flat") or one of two index names
 * paired ("the Dow and the S&P", "Dow, S&P"). Group 1 is a moving name; groups 2 and 3 a pair's names. Null
 * when the data lists no paired names or moves.
 */
export function movementMatcher(data: IndexData): RegExp | null {
  if (!data.paired?.length || !data.moves?.length) return null;
  const names = [...new Set(data.paired)].sort((a, b) => b.length - a.length).map(escape).join('|');
  const aux = (data.auxiliaries ?? []).map(escape).join('|');
  const moves = data.moves.map(escape).join('|');
  // Words that also say something else ("S&P declined to comment", "Nikkei added", "Dow lost a case") move only
  // before a figure ("declined 1.2 percent", "added 12 points").
  const figured = (data.figuredMoves ?? []).map(escape).join('|');
  // Within a line: spaces and tabs only ("the Dow\nrose" is no move).
  const sp = '[^\\S\\n]+';
  // No company's shares ("shares of Dow rose"), no name read on from a longer one ("S&P Dow Jones", ".S&P").
  const before = '(?<![\\p{L}\\p{N}&/.-])(?<!\\b(?:[Ss]hares?|[Ss]tocks?)[^\\S\\n]+(?:of|in)[^\\S\\n]+(?:the[^\\S\\n]+)?)';
  const end = '(?![\\p{L}\\p{N}&/-])';
  // A Reuters instrument code may follow the name (".IXIC").
  const code = `(?:${sp}\\.[A-Z0-9]+)?`;
  const move = `(?:(?:${moves})(?![\\p{L}\\p{N}-])${figured ? `|(?:${figured})(?=${sp}(?:by${sp})?[\\d$])` : ''})(?!${sp}to\\b)`;
  const moving = `(${names})${end}${code}(?:${sp}(?:${aux || '(?!)'})){0,2}${sp}${move}`;
  // The second name stands alone: not the start of a longer name ("S&P and Dow Jones", "Nasdaq OMX").
  const pair = `(${names})${end}${code}(?:[^\\S\\n]*,|${sp}and)${sp}(?:the${sp})?(${names})${end}(?!${sp}\\p{Lu})`;
  return new RegExp(`${before}(?:${moving}|${pair})`, 'gu');
}

/** The bodies whose names read like an index, as one matcher (null when there are none). */
export function bodiesMatcher(data: IndexData): RegExp | null {
  const names = [...new Set(data.organizations ?? [])].sort((a, b) => b.length - a.length).map(escape);
  return names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
}

interface Matchers {
  index: RegExp;
  bodies: RegExp | null;
  moving?: RegExp | null;
}

let MATCHERS: Matchers | undefined;
function matchers(): Matchers {
  if (!MATCHERS) {
    const data = JSON.parse(readFileSync(INDEX_DESIGNATORS_PATH, 'utf8')) as IndexData;
    MATCHERS = { index: indexMatcher(data), bodies: bodiesMatcher(data), moving: movementMatcher(data) };
  }
  return MATCHERS;
}

/** Where the text names an index: each match from the name's first letter to the designator's (or number's) last. */
export function findIndexMentions(text: string, { index: re, bodies, moving } = matchers()): Span[] {
  const out: Span[] = [];
  const isBody: Array<[number, number]> = [];
  if (bodies) {
    bodies.lastIndex = 0;
    for (let m = bodies.exec(text); m; m = bodies.exec(text)) isBody.push([m.index, m.index + m[0].length]);
  }
  const seen = new Set<number>();
  const add = (start: number, end: number) => {
    // A name both paired and moving ("the Dow and the S&P gained") is one mention.
    if (seen.has(start) || isBody.some(([a, b]) => start < b && a < end)) return;
    seen.add(start);
    out.push({ start, end, text: text.slice(start, end) });
  };
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) add(m.index, m.index + m[0].length);
  if (moving) {
    // The bare names only (a moving name, or both of a pair), so no word after them is taken from another name.
    moving.lastIndex = 0;
    for (let m = moving.exec(text); m; m = moving.exec(text)) {
      if (m[1] !== undefined) add(m.index, m.index + m[1].length);
      else {
        add(m.index, m.index + m[2].length);
        const second = m.index + m[0].length - m[3].length;
        add(second, second + m[3].length);
        // The second name may move or pair on: read on from it.
        moving.lastIndex = second;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
