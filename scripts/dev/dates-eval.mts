import { loadAnnotated } from '../../src/eval/annotations.js';
import { parseArticle } from '../../src/article/parse.js';
import { meetingDate } from '../../src/extract/meetings/dates.js';
const split = (process.argv[2] ?? 'tune') as 'tune';
const all = await loadAnnotated({ splits: [split] });
let given = 0, right = 0, noneGold = 0, noneOk = 0;
for (const a of all) {
  const art = parseArticle(a.text, a.name);
  for (const p of a.annotation.pairs.filter((p) => p.label === 'met')) {
    const d = meetingDate(p.evidence, art.publishedAt);
    if (p.date) { given++; if (d?.date === p.date) right++; else console.log('WRONG', a.name.slice(0, 40), p.date, d, '|', p.dateText, '|', p.evidence.slice(0, 120)); }
    else { noneGold++; if (d?.source === 'published') noneOk++; }
  }
}
console.log(`${split}: day given ${given}, right ${right} (${(right / given).toFixed(3)}); no day in gold ${noneGold}, we gave none ${noneOk}`);
