// How many annotated met pairs the candidate generator can reach: both people extracted, and a
// candidate window overlapping the evidence. Train and tune only.
import { foldName } from '../../src/article/names.js';
import { parseArticle } from '../../src/article/parse.js';
import { loadAnnotated } from '../../src/eval/annotations.js';
import { articleSentences, extractArticle } from '../../src/pipeline/extract.js';
import { pairInstances } from '../../src/extract/meetings/candidates.js';
const all = await loadAnnotated({ splits: ['train', 'tune'] });
let met = 0, bothPeople = 0, reach = 0;
const why: string[] = [];
for (const a of all) {
  const art = parseArticle(a.text, a.name);
  const x = extractArticle(art);
  const sents = articleSentences(art);
  const find = (n: string) => {
    const entry = a.annotation.people.find((e) => (Array.isArray(e) ? e : [e]).some((s) => foldName(s) === foldName(n)));
    const sp = new Set((Array.isArray(entry) ? entry : [entry ?? n]).map(foldName));
    return x.people.find((p) => [p.name, ...p.aliases].some((s) => sp.has(foldName(s))));
  };
  const insts = pairInstances(sents, x.people);
  for (const p of a.annotation.pairs.filter((p) => p.label === 'met')) {
    met++;
    const [pa, pb] = [find(p.a), find(p.b)];
    if (!pa || !pb) { why.push(`NOPERSON ${!pa ? p.a : ''} ${!pb ? p.b : ''} | ${a.name.slice(0, 40)}`); continue; }
    bothPeople++;
    const ok = insts.some((i) => [i.a, i.b].sort().join() === [pa.name, pb.name].sort().join() && sents[i.sentence].start < p.end! && p.start! < sents[i.sentence2].end);
    if (ok) reach++; else why.push(`NOWINDOW ${p.a} + ${p.b} | ${p.evidence.slice(0, 150)}`);
  }
}
console.log(why.join('\n'));
console.log(`met ${met}, both people extracted ${bothPeople}, a candidate on the evidence ${reach}`);
