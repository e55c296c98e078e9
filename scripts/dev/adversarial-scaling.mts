// Times extraction on hostile article shapes at three sizes (n, 2n, 4n characters of body) and prints the time
// ratio per doubling: about 2 is linear, 4 quadratic. A shape that throws is reported with its error.
//
//   node --import tsx scripts/dev/adversarial-scaling.mts [--base CHARS] [--only SUBSTRING] [--repeat K]
//
// The base defaults to 20,000 characters (4n = 80 KB); the ingest limit is 5 MB, so --base 1250000 reaches it.
import { parseArticle } from '../../src/article/parse.js';
import { extractArticle } from '../../src/pipeline/extract.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
};
const base = Number(opt('--base', '20000'));
const only = opt('--only', '');
const repeat = Number(opt('--repeat', '1'));

/** Repeats `unit` (or the units in turn) until the text is `size` characters long. */
function fill(size: number, unit: string | ((i: number) => string)): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < size; i++) {
    const s = typeof unit === 'string' ? unit : unit(i);
    parts.push(s);
    len += s.length;
  }
  return parts.join('').slice(0, size);
}

const FIRST = ['John', 'Mary', 'Helmut', 'Ahmed', 'Li', 'Carlos', 'Yuri', 'Anne', 'Paul', 'Kofi'];
const LAST = ['Smith', 'Kohl', 'Mubarak', 'Peng', 'Menem', 'Luzhkov', 'Lauvergeon', 'Volcker', 'Annan', 'Baker'];
const name = (i: number): string => `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]}`;
const word = (i: number): string => {
  // distinct pseudo-words so that nothing is cached by string
  let s = '';
  let k = i + 1;
  while (k > 0) {
    s += String.fromCharCode(97 + (k % 26));
    k = Math.floor(k / 26);
  }
  return s;
};
const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);

type Shape = { name: string; body: (n: number) => string; title?: (n: number) => string };
const shapes: Shape[] = [
  { name: 'natural-ish sentences', body: (n) => fill(n, (i) => `${name(i)} met ${name(i + 3)} in Paris on Tuesday, officials said. `) },
  { name: 'one giant sentence, no full stops', body: (n) => fill(n, (i) => `${word(i)} said ${name(i)} and the ${word(i + 7)} of ${cap(word(i + 3))} `) },
  { name: 'capitalised words in a row', body: (n) => fill(n, (i) => `${cap(word(i))} `) },
  { name: 'list "A, B, ... and Z" of names', body: (n) => `The talks brought together ${fill(n, (i) => `${name(i)}, `)}and Zoe Quinn.` },
  // Distinct people (a surname per index), so the people and the met pairs grow with the text: "Smith met A, B, ...".
  { name: 'one meeting of many distinct people', body: (n) => `Smith met ${fill(n, (i) => `${FIRST[i % 10]} ${cap(word(i + 30))}${LAST[i % 10].toLowerCase()}, `)}and Zoe Quinn in Paris on Monday.` },
  { name: 'four names over and over, one meeting', body: (n) => `They met with ${fill(n, (i) => `${['John Smith', 'Paul Baker', 'Anne Kohl', 'Yuri Menem'][i % 4]}, `)}and Zoe Quinn.` },
  { name: 'company suffixes Inc Corp Ltd plc', body: (n) => fill(n, (i) => ['Inc ', 'Corp ', 'Ltd ', 'plc ', 'Co ', 'AG ', 'SA ', 'Holdings '][i % 8]) },
  { name: 'company + suffix chain', body: (n) => `Shares of Acme ${fill(n, (i) => ['Inc ', 'Corp. ', 'Ltd, ', 'plc ', 'Co. ', 'AG '][i % 6])} rose.` },
  { name: 'hyphen chains U.S.-China-Japan', body: (n) => fill(n, (i) => ['U.S.', 'China', 'Japan', 'France', 'Soviet', 'EC'][i % 6] + '-') },
  { name: 'digits', body: (n) => fill(n, '1234567890') },
  { name: 'numbers with separators', body: (n) => fill(n, (i) => `${i},${i % 1000}.5 `) },
  { name: 'tickers (ABC.N)', body: (n) => fill(n, (i) => `(${word(i + 800).toUpperCase()}.N) `) },
  { name: 'double quotes', body: (n) => fill(n, '"') },
  { name: 'quoted words', body: (n) => fill(n, (i) => `"${cap(word(i))} `) },
  { name: 'open parentheses', body: (n) => fill(n, '(') },
  { name: 'nested parentheses of words', body: (n) => fill(n, (i) => `(${cap(word(i))} `) },
  { name: "apostrophes 's's's", body: (n) => `Smith${fill(n, "'s")}` },
  { name: 'apostrophes alone', body: (n) => fill(n, "'") },
  { name: 'dots U.S.U.S.', body: (n) => fill(n, 'U.S.') },
  { name: 'dots alone', body: (n) => fill(n, '.') },
  { name: 'initials A. B. C.', body: (n) => fill(n, (i) => `${String.fromCharCode(65 + (i % 26))}. `) },
  { name: 'spaces only', body: (n) => 'x' + fill(n, ' ') + 'y' },
  { name: 'newlines only', body: (n) => 'x' + fill(n, '\n') + 'y' },
  { name: 'tabs and CRs', body: (n) => 'x' + fill(n, '\t\r\n ') + 'y' },
  { name: 'ALL CAPS body', body: (n) => fill(n, (i) => `${name(i).toUpperCase()} MET ${word(i).toUpperCase()} IN PARIS. `) },
  { name: 'ALL CAPS without stops', body: (n) => fill(n, (i) => `${word(i).toUpperCase()} `) },
  { name: 'title words repeated', body: (n) => fill(n, (i) => ['President ', 'Minister ', 'Secretary ', 'Prime ', 'Foreign ', 'Chairman ', 'Vice '][i % 7]) },
  { name: 'title words then name', body: (n) => fill(n, (i) => ['President ', 'Minister ', 'Secretary ', 'Prime ', 'Foreign '][i % 5]) + 'John Smith met Paul Baker.' },
  { name: 'huge title line', title: (n) => fill(Math.min(n, 1000), (i) => `${cap(word(i))} `), body: (n) => fill(n, (i) => `${name(i)} said. `) },
  { name: 'Cyrillic', body: (n) => fill(n, (i) => ['Борис ', 'Ельцин ', 'встретился ', 'с ', 'Коль. '][i % 5]) },
  { name: 'CJK', body: (n) => fill(n, '中华人民共和国国务院总理李鹏会见了') },
  { name: 'Arabic', body: (n) => fill(n, 'الرئيس حسني مبارك ') },
  { name: 'emoji', body: (n) => fill(n, (i) => (i % 3 ? '😀' : `${cap(word(i))} `)) },
  { name: 'combining characters', body: (n) => fill(n, (i) => (i % 5 ? '\u0301' : 'E')) },
  { name: 'unpaired surrogates', body: (n) => fill(n, (i) => (i % 2 ? '\ud800' : `A${'\udc00'}`)) },
  { name: 'control characters', body: (n) => fill(n, (i) => String.fromCharCode(1 + (i % 31)) + 'Ab') },
  { name: 'said/met cue words', body: (n) => fill(n, (i) => ['met ', 'with ', 'said ', 'told ', 'talks ', 'visit '][i % 6]) },
  { name: 'Mr. Mrs. Dr. honorifics', body: (n) => fill(n, (i) => ['Mr. ', 'Mrs. ', 'Dr. ', 'Gen. ', 'Sen. '][i % 5]) },
  { name: 'of the of the', body: (n) => `Bank ${fill(n, 'of the ')}Japan` },
  { name: 'capitalised with "of" and "and"', body: (n) => fill(n, (i) => (i % 2 ? `${cap(word(i))} ` : ['of ', 'and ', 'for ', 'the '][i % 4])) },
  { name: 'slashes and ampersands', body: (n) => fill(n, (i) => `${cap(word(i))}${['/', '&', '-', '+'][i % 4]}`) },
  { name: 'long single word', body: (n) => 'A' + fill(n, 'b') },
  { name: 'long capital word', body: (n) => fill(n, 'B') },
  { name: 'percent and currency', body: (n) => fill(n, (i) => `${i} pct ${i} dlrs $${i} mln `) },
  { name: 'dates and months', body: (n) => fill(n, (i) => ['January ', 'March ', '12, ', '1987 ', 'Monday '][i % 5]) },
  { name: 'URLs and emails', body: (n) => fill(n, (i) => `http://www.${word(i)}.com/${word(i + 1)}?a=b ${word(i)}@${word(i + 2)}.org `) },
  { name: 'reporting lines "Reuters"', body: (n) => fill(n, (i) => `${cap(word(i))} (Reuters) - `) },
  { name: 'colons and dashes', body: (n) => fill(n, (i) => `${cap(word(i))}: -- `) },
];

function article(title: string, body: string): string {
  return `${title}\n1987-03-02 12:00:00.0\n${body}\n`;
}

function time(text: string): { ms: number; error?: string } {
  const a = parseArticle(text, 'x');
  let best = Infinity;
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    try {
      extractArticle(a);
    } catch (e) {
      return { ms: performance.now() - t0, error: e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 160) : String(e) };
    }
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best };
}

extractArticle(parseArticle(article('Warm up', 'John Smith met Paul Baker in Paris.'), 'w'));
console.log(`base ${base} characters; times in ms for n, 2n, 4n; ratio per doubling`);
for (const s of shapes) {
  if (only && !s.name.includes(only)) continue;
  const row: number[] = [];
  let error = '';
  for (const k of [1, 2, 4]) {
    const n = base * k;
    let text: string;
    try {
      text = article(s.title ? s.title(n) : 'Adversarial article', s.body(n));
      parseArticle(text, 'x');
    } catch (e) {
      error = `parse: ${e instanceof Error ? e.message : String(e)}`.slice(0, 120);
      break;
    }
    const r = time(text);
    row.push(r.ms);
    if (r.error) {
      error = r.error;
      break;
    }
  }
  const ratios = row.slice(1).map((t, i) => (t / Math.max(row[i], 0.5)).toFixed(2));
  const flag = ratios.some((r) => Number(r) > 3) ? '  <-- superlinear?' : '';
  console.log(
    `${s.name.padEnd(36)} ${row.map((t) => t.toFixed(0).padStart(7)).join(' ')}   x${ratios.join(' x')}${flag}${error ? `  THROWS ${error}` : ''}`,
  );
}
