// Lists the date and place misses of found meetings on train/tune (never the locked test).
import { parseArticle } from '../../src/article/parse.js';
import { foldName } from '../../src/article/names.js';
import { loadAnnotated } from '../../src/eval/annotations.js';
import { extractArticle } from '../../src/pipeline/extract.js';
const split = (process.argv[2] ?? 'train') as 'train' | 'tune';
if ((split as string) === 'test') throw new Error('the locked test is not read for errors');
for (const a of await loadAnnotated({ splits: [split] })) {
  const x = extractArticle(parseArticle(a.text, a.name));
  const sp = new Map<string, Set<string>>();
  for (const e of a.annotation.people) { const n = typeof e === 'string' ? [e] : e; sp.set(n[0], new Set(n.map(foldName))); }
  const is = (g: string, f: string) => sp.get(g)?.has(foldName(f)) ?? false;
  for (const p of a.annotation.pairs) {
    if (p.label !== 'met') continue;
    const m = x.meetings.find((m) => !m.status && m.participants.some((n) => is(p.a, n)) && m.participants.some((n) => is(p.b, n)));
    if (!m) continue;
    if (!p.place && m.place) console.log(`FALSEPLACE got ${m.place.name}\n   ev: ${m.evidence.text.slice(0, 160)}`);
    if (!p.date && m.date?.source === 'text') console.log(`FALSEDATE got ${m.date.date} (${m.date.text})\n   ev: ${m.evidence.text.slice(0, 160)}`);
    if (!p.date && !p.place) continue;
    if (p.date && m.date?.date !== p.date) console.log(`DATE gold ${p.date} (${p.dateText}) got ${m.date?.date} ${m.date?.source} (${m.date?.text ?? ''}) pub ${x.article.publishedAt?.slice(0, 10)}\n   ev: ${m.evidence.text.slice(0, 160)}\n   gold ev: ${p.evidence.slice(0, 160)}`);
    if (p.place) {
      const got = m.place ? foldName(m.place.name) : '';
      if (!(got && (foldName(p.place).includes(got) || got.includes(foldName(p.place))))) console.log(`PLACE gold ${p.place} got ${m.place?.name ?? '-'}\n   ev: ${m.evidence.text.slice(0, 160)}\n   gold ev: ${p.evidence.slice(0, 160)}`);
    }
  }
}

