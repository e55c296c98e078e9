import { loadAnnotated } from '../../src/eval/annotations.js';
import { parseArticle } from '../../src/article/parse.js';
import { foldName } from '../../src/article/names.js';
import { articleSentences } from '../../src/pipeline/extract.js';
import { loadNerModel, tagDocument } from '../../src/extract/ner/index.js';
import { findCountryMentions } from '../../src/extract/countries/mentions.js';
import { meetingPlace } from '../../src/extract/meetings/places.js';
const split = (process.argv[2] ?? 'train') as 'train';
const all = await loadAnnotated({ splits: [split] });
let stated = 0, right = 0, countryRight = 0, unstated = 0, gaveNone = 0;
for (const a of all) {
  const art = parseArticle(a.text, a.name);
  const sentences = articleSentences(art);
  const locs = tagDocument(loadNerModel(), sentences, art.text).filter((e) => e.label === 'LOC');
  const countries = findCountryMentions(art.text, { start: art.titleStart });
  const seen = new Set<string>();
  for (const p of a.annotation.pairs.filter((p) => p.label === 'met' && p.start !== undefined)) {
    const key = `${p.start}|${p.place}`;
    if (seen.has(key)) continue; // a group meeting's pairs share one place
    seen.add(key);
    const got = meetingPlace(art.text, { start: p.start!, end: p.end!, text: p.evidence }, locs, countries);
    if (p.place) {
      stated++;
      const ok = got && (foldName(p.place).includes(foldName(got.name)) || foldName(got.name).includes(foldName(p.place)));
      if (ok) right++;
      if (got && got.country === (p.placeCountry ?? null)) countryRight++;
      if (!ok) console.log('MISS', JSON.stringify(p.place), '->', JSON.stringify(got), '|', p.evidence.slice(0, 140));
    } else {
      unstated++;
      if (!got) gaveNone++; else console.log('FALSE', JSON.stringify(got), '|', p.evidence.slice(0, 140));
    }
  }
}
console.log(`${split}: places stated ${stated}, right ${right} (${(right / stated).toFixed(3)}), country right ${countryRight}; not stated ${unstated}, we gave none ${gaveNone}`);
