/**
 * The days and places meetingSettings gives every annotated met pair, found or not: each two-person pair on its own
 * (not the pipeline's group meetings, whose setting is read for all their participants at once), the pair's people
 * as the pipeline resolves them, the sentence holding the annotated evidence as the meeting's evidence. A larger
 * sample than `eval`'s found meetings (train's are the meeting model's own sample, the easy ones), scored with
 * `eval`'s own place match and spellings (src/eval/meeting-details.ts). Train and tune only.
 *   node --import tsx scripts/dev/settings-eval.mts train|tune [--verbose]
 * The places are the tagger's locations before the span repairs (the pipeline's own are not exported).
 */
import { loadAnnotated } from '../../src/eval/annotations.js';
import { parseArticle } from '../../src/article/parse.js';
import { annotatedPerson, samePlace } from '../../src/eval/meeting-details.js';
import { articleSentences, extractArticle } from '../../src/pipeline/extract.js';
import { loadNerModel, tagDocument } from '../../src/extract/ner/index.js';
import { meetingSettings } from '../../src/extract/meetings/when-where.js';

const split = process.argv[2] as 'train' | 'tune';
if (split !== 'train' && split !== 'tune') throw new Error('train or tune only');
const verbose = process.argv.includes('--verbose');
const all = await loadAnnotated({ splits: [split] });
const c = { pairs: 0, unresolved: 0, dated: 0, dateRight: 0, placed: 0, placeRight: 0, unplaced: 0, placedAnyway: 0, undated: 0, datedAnyway: 0 };
for (const a of all) {
  const met = a.annotation.pairs.filter((p) => p.label === 'met');
  if (!met.length) continue;
  const art = parseArticle(a.text, a.name);
  const x = extractArticle(art);
  const sentences = articleSentences(art);
  const places = tagDocument(loadNerModel(), sentences, art.text).filter((e) => e.label === 'LOC');
  const countries = x.countries.flatMap((k) => k.mentions.map((m) => ({ ...m, code: k.code }))).sort((u, v) => u.start - v.start);
  const settingOf = meetingSettings({ text: art.text, sentences, bodyStart: art.bodyStart, publishedAt: art.publishedAt, people: x.people, places, countries });
  const isPerson = annotatedPerson(a.annotation);
  const found = (gold: string) => x.people.find((p) => isPerson(gold, p.name))?.name;
  for (const p of met) {
    c.pairs++;
    const [fa, fb] = [found(p.a), found(p.b)];
    const s = sentences.find((s) => s.start <= p.start && p.start < s.end);
    if (!fa || !fb || !s) {
      c.unresolved++;
      continue;
    }
    const { date, place } = settingOf({ participants: [fa, fb].sort(), evidence: { start: s.start, end: s.end, text: art.text.slice(s.start, s.end) } });
    const where = `${a.name.slice(0, 60)}  ${p.a} + ${p.b}`;
    if (p.date) {
      c.dated++;
      if (date?.date === p.date) c.dateRight++;
      else if (verbose) console.log(`DAY   ${where}: ${p.date} (${p.dateText}), found ${date?.date} (${date?.source} ${JSON.stringify(date?.text ?? '')})`);
    } else {
      c.undated++;
      if (date?.source === 'text') c.datedAnyway++;
    }
    if (p.place) {
      c.placed++;
      if (place && samePlace(p.place, place.name)) c.placeRight++;
      else if (verbose) console.log(`PLACE ${where}: ${JSON.stringify(p.place)}, found ${JSON.stringify(place?.name ?? null)}`);
    } else {
      c.unplaced++;
      if (place) {
        c.placedAnyway++;
        if (verbose) console.log(`EXTRA ${where}: none stated, found ${JSON.stringify(place.name)}`);
      }
    }
  }
}
console.log(
  `${split}: met pairs ${c.pairs} (${c.unresolved} unresolved); days right ${c.dateRight}/${c.dated}; places right ${c.placeRight}/${c.placed}; placed where none named ${c.placedAnyway}/${c.unplaced}; dated by the text where gold has no day ${c.datedAnyway}/${c.undated}`,
);
