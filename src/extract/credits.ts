import type { Span } from './types.js';

/**
 * Credit lines name the journalists, not the people of the story:
 * "(Reporting by A; Editing by B)", "(Additional reporting by C)", "Writing by D",
 * and a "By A and B" byline at the top. Returns their spans so that names inside
 * them are dropped.
 */
const CREDIT_IN_PARENS = /\((?=[^()]*\b(?:[Rr]eporting|[Ee]diting|[Ee]dited|[Ww]riting|[Ww]ritten|[Cc]ompiled|[Rr]eported|[Pp]hotos?)\s+[Bb]y\b)[^()]*\)/g;
// A byline is a short line of capitalised names only, so "By contrast, ..." is not one.
const CREDIT_LINE = /^[ \t]*By\s+(?:[A-Z][\p{L}.'’-]*[ \t]*(?:,|\band\b)?[ \t]*){1,8}$/gmu;
// A byline run into its dateline on one line: "By Tim Hepher and William Emmanuel PARIS Nov 24 (Reuters) - ...";
// the names end before the dateline's city in capitals.
const CREDIT_BEFORE_DATELINE = /^[ \t]*By\s+(?:(?:[A-Z]\.|[A-Z]\p{Ll}[\p{L}'’-]*)[ \t]+(?:(?:,|and)[ \t]+)?){1,10}(?=[A-Z][A-Z.'’/-]+(?:[ \t]|,|$))/gmu;
// "Compiled by" credits in capitals, or in lower case after a credit's bracket or semicolon ("(compiled by", "; compiled
// by": in the corpus every lower-case credit is one of these): in running prose "data compiled by Markit" or "-- compiled
// by an appraiser who ..." credits nobody, and the clause ran to the paragraph's end.
const CREDIT_CLAUSE = /\b(?:[Aa]dditional reporting|[Rr]eporting|[Ee]diting|[Ww]riting|Compiled|(?<=[(;][ \t]*)compiled)\s+[Bb]y\s+[^;)\n]*/g;

export function findCreditSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of [CREDIT_IN_PARENS, CREDIT_LINE, CREDIT_BEFORE_DATELINE, CREDIT_CLAUSE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      spans.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return spans;
}

export function insideAny(spans: Array<{ start: number; end: number }>, start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}
