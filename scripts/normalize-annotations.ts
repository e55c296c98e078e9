// Brings the train and tune splits of annotations/reuters/ to one convention where the annotators
// disagreed, by rule, never by hand; the locked test split is never touched (its files are not even
// opened for writing). Re-running it changes nothing (idempotent). See annotations/README.md, "Conventions".
//
//   node --import tsx scripts/normalize-annotations.ts [--dry]
//
// Rules (each counted over train and tune before it was written):
// 1. "the Obama administration" names a government, not the person (../shared/eval/GUIDE.md: a person
//    the article is about or quotes). Where a listed person's every mention in the text is
//    "<surname> administration", 32 train/tune articles left the person out (listing the phrase in
//    notPeople) and 7 listed them: the 7 lose the person (and the phrase goes to notPeople), unless a
//    pair names the person.
// 2. The guide counts parties as organizations. Where the text names the U.S. party as a noun
//    ("Republicans", "Republican Party": 34 train/tune articles list the party, 11 do not; "Democrats",
//    "Democratic Party": 59 and 4), the articles about the U.S. that leave it out get it, with the
//    spellings the others use (15 additions).
// 3. The guide counts Reuters only when the article is about Reuters (the dateline alone does not count).
//    Of the annotated articles naming Reuters in their body ("told Reuters", "a Reuters poll"), about
//    85% leave it out; where an article's title does not name Reuters, train/tune files that list the bare
//    "Reuters" lose it (50 changes when written: 39 train, 11 tune). A title naming a Reuters poll keeps it: the 3
//    train articles so titled all list Reuters. Named units and products ("Thomson Reuters", "Reuters Estimates")
//    are left as they are.
import { readFileSync, writeFileSync } from 'node:fs';
import { foldName } from '../src/article/names.js';
import { Annotation, annotationFiles, corpusTexts } from '../src/eval/annotations.js';
import { splitOf } from '../src/eval/split.js';

const dry = process.argv.includes('--dry');
const PARTIES = [
  { noun: /\b(?:Republicans|Republican Party)\b/, spellings: ['Republican Party', 'Republicans', 'Republican'], key: /republican/i },
  { noun: /\b(?:Democrats|Democratic Party)\b/, spellings: ['Democratic Party', 'Democrats', 'Democratic', 'Democrat'], key: /democrat/i },
];

const files = annotationFiles('reuters').filter((f) => splitOf(f.replace(/\.json$/, '.txt')) !== 'test');
const annotations = files.map((f) => [f, Annotation.parse(JSON.parse(readFileSync(f, 'utf8')))] as const);
const texts = await corpusTexts(annotations.map(([, a]) => a.file), process.env.REUTERS_DIR ?? '/work/reuters');
const changes: string[] = [];

for (const [file, a] of annotations) {
  if (splitOf(a.file) === 'test') continue;
  const text = texts.get(a.file);
  if (text === undefined) throw new Error(`${a.file}: not in the corpus`);
  const before = JSON.stringify(a);
  // Rule 1: a person named only in "<surname> administration".
  const paired = new Set(a.pairs.flatMap((p) => [foldName(p.a), foldName(p.b)]));
  a.people = a.people.filter((p) => {
    const names = Array.isArray(p) ? p : [p];
    const surname = names[0].split(/\s+/).at(-1)!;
    const all = text.match(new RegExp(`\\b${surname}\\b`, 'g'))?.length ?? 0;
    const administration = text.match(new RegExp(`\\b${surname} [Aa]dministration\\b`, 'g'))?.length ?? 0;
    // Every spelling's mentions must be inside the phrase (a first name alone elsewhere keeps the person).
    const elsewhere = names.some((n) => n !== surname && text.includes(n) && !n.endsWith(surname));
    if (all === 0 || administration < all || elsewhere || paired.has(foldName(names[0]))) return true;
    const phrase = text.match(new RegExp(`\\b${surname} [Aa]dministration\\b`))![0];
    a.notPeople = [...new Set([...(a.notPeople ?? []), phrase])];
    changes.push(`${a.file}: rule 1, "${names[0]}" named only in "${phrase}"`);
    return false;
  });
  // Rule 2: the U.S. parties, named as nouns, are organizations (only where the article is about the U.S.).
  if (a.countries.includes('US')) {
    for (const party of PARTIES) {
      if (!party.noun.test(text) || a.organizations.flat().some((o) => party.key.test(o))) continue;
      a.organizations.push([...party.spellings]);
      changes.push(`${a.file}: rule 2, added ${party.spellings[0]}`);
    }
  }
  // Rule 3: Reuters, unless the article is about it: its title names Reuters (a title naming a Reuters poll counts,
  // as the 3 train articles so titled all list Reuters).
  const lineEnd = text.indexOf('\n');
  const title = text.slice(0, lineEnd < 0 ? Math.min(text.length, 300) : lineEnd);
  if (!/\bReuters\b/.test(title)) {
    const kept = a.organizations.filter((o) => foldName(Array.isArray(o) ? o[0] : o) !== 'reuters');
    if (kept.length !== a.organizations.length) {
      a.organizations = kept;
      changes.push(`${a.file}: rule 3, dropped Reuters`);
    }
  }
  if (!dry && JSON.stringify(a) !== before) writeFileSync(file, `${JSON.stringify(a, null, 2)}\n`);
}
process.stdout.write(`${changes.join('\n')}\n${changes.length} changes in ${files.length} train/tune files${dry ? ' (dry run)' : ''}\n`);
