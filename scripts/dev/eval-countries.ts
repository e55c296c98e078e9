// Dev check: findCountryMentions codes vs gold countries per article (gold people excluded as the NER would).
// node --import tsx scripts/dev/eval-countries.ts [DIR]
import { readFileSync, readdirSync } from 'node:fs';
import { findCountryMentions } from '../../src/extract/countries/mentions.ts';
const dir = process.argv[2] ?? '/work/shared/eval/dev';
let tp = 0, fp = 0, fn = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(`${dir}/${f}`, 'utf8');
  const gold = JSON.parse(readFileSync(`${dir}/${f.replace(/\.txt$/, '.gold.json')}`, 'utf8'));
  const exclude: Array<{ start: number; end: number }> = [];
  for (const p of gold.people) for (const n of Array.isArray(p) ? p : [p]) {
    let k = -1;
    while ((k = text.indexOf(n, k + 1)) >= 0) exclude.push({ start: k, end: k + n.length });
  }
  const ms = findCountryMentions(text, { exclude });
  const got = new Set(ms.map((m) => m.code));
  const g = new Set<string>(gold.countries);
  const fps = [...got].filter((c) => !g.has(c));
  const fns = [...g].filter((c) => !got.has(c));
  tp += [...got].filter((c) => g.has(c)).length; fp += fps.length; fn += fns.length;
  if (fps.length || fns.length) {
    console.log(f.slice(0, 40), 'FP', fps.map((c) => `${c}:${ms.filter((m) => m.code === c).map((m) => m.text).join('|')}`).join(' '), 'FN', fns.join(','));
  }
}
const P = tp / (tp + fp), R = tp / (tp + fn);
console.log(`tp=${tp} fp=${fp} fn=${fn} P=${P.toFixed(3)} R=${R.toFixed(3)} F1=${(2 * P * R / (P + R)).toFixed(3)}`);
