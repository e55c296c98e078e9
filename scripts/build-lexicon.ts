/**
 * npm run build:lexicon [-- --articles N] [-- --out FILE]
 *
 * Builds models/entity-lexicon.json.gz, the corpus-level entity lexicon of
 * src/resolve/corpus-lexicon.ts (applied by src/resolve/lexicon.ts): runs the pipeline's
 * tokenizer, NER tagger and span repairs over the 20,000 unlabeled Reuters articles
 * in ../shared/data and counts, per surface string, how often it is tagged PER / ORG / LOC / MISC, how often it
 * stands capitalised but untagged (mid-sentence, and at a sentence start), how
 * often it occurs in lower case, and in how many articles it is tagged.
 *
 * The lexicon records what THIS model does: re-run `npm run build:lexicon`
 * whenever models/ner.bin.gz (or the tokenizer or span repairs) changes, then `npm run build:product-names` and
 * `npm run build:term-acronyms`, which read it.
 *
 * Only derived counts are written (Reuters' text is not committed). Output is
 * deterministic: rows sorted by surface, counts only, no timestamps. Uses two
 * worker threads (the machine's cores); a few minutes for the whole corpus.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { parseArticle } from '../src/article/parse.js';
import { repoRoot } from '../src/config.js';
import { DEFAULT_MODEL_PATH, loadNerModel, tagDocument } from '../src/extract/ner/index.js';
import { splitSentences } from '../src/extract/tokenize.js';
import type { Sentence } from '../src/extract/types.js';
import { LABELS, LEXICON_FIELDS, surfaceKeyOfTokens, type LexiconFile } from '../src/resolve/corpus-lexicon.js';
import { repairEntitySpans } from '../src/resolve/spans.js';
import { loadTypeCues } from '../src/train/corpus-cues.js';
import { lowerCaseVariants } from '../src/train/lexicon-lower.js';
import { readTarArticles, requireCorpus } from './corpus.js';
import { isInstrumentCode } from '../src/article/instrument-codes.js';

/** Kept: surfaces tagged at least MIN_TAGGED times in at least MIN_DOCS articles, with a label share of at least MIN_SHARE. */
const MIN_TAGGED = 5;
const MIN_DOCS = 3;
const MIN_SHARE = 0;
/** Longest surface counted, in tokens. */
const MAX_TOKENS = 8;

type Msg =
  | { kind: 'tagged'; counts: Array<[string, number[]]> }
  | { kind: 'context'; counts: Array<[string, number[]]> };

interface Doc {
  text: string;
  bodyStart: number;
  spans: Int32Array; // start, end pairs of entity spans in the body
}

function bodySentences(text: string, bodyStart: number): Sentence[] {
  return splitSentences(text, bodyStart, text.length);
}

/** Pass 1 (one worker's share): tag, repair, count labels per surface; per article once for `docs`. */
function tagPass(texts: Array<{ name: string; text: string }>): { docs: Doc[]; counts: Map<string, number[]> } {
  const model = loadNerModel();
  const counts = new Map<string, number[]>(); // PER, ORG, LOC, MISC, docs
  const docs: Doc[] = [];
  for (const { name, text } of texts) {
    let a;
    try {
      a = parseArticle(text, name);
    } catch {
      continue;
    }
    const body = bodySentences(a.text, a.bodyStart);
    const sentences = [...(a.titleEnd > a.titleStart ? splitSentences(a.text, a.titleStart, a.titleEnd) : []), ...body];
    const spans = repairEntitySpans(a.text, sentences, tagDocument(model, sentences, a.text)).filter((e) => e.start >= a.bodyStart);
    const seen = new Set<string>();
    const offsets: number[] = [];
    let si = 0;
    for (const e of [...spans].sort((x, y) => x.start - y.start)) {
      while (si < body.length && body[si].end <= e.start) si++;
      const s = body[si];
      if (!s) break;
      const words = s.tokens.filter((t) => t.start >= e.start && t.end <= e.end).map((t) => t.text);
      if (words.length === 0 || words.length > MAX_TOKENS) continue;
      offsets.push(e.start, e.end);
      const key = surfaceKeyOfTokens(words);
      let c = counts.get(key);
      if (!c) counts.set(key, (c = [0, 0, 0, 0, 0]));
      c[LABELS.indexOf(e.label)]++;
      if (!seen.has(key)) {
        seen.add(key);
        c[4]++;
      }
    }
    docs.push({ text: a.text, bodyStart: a.bodyStart, spans: Int32Array.from(offsets) });
  }
  return { docs, counts };
}

/**
 * Context cues, independent of the tagger (it is systematically wrong on some names:
 * "Airbus" MISC, "Strait of Hormuz" ORG): high-precision words right before or after
 * an occurrence that say what kind of thing it is ("shares of X", "X Chief Executive",
 * "Minister X", "near X").
 */
const ORG_BEFORE = new Set(
  `firm company bank lender insurer carrier airline maker producer giant major unit subsidiary operator brokerage
  automaker carmaker planemaker retailer conglomerate newspaper daily broadcaster regulator exporter miner refiner`.split(/\s+/),
);
/** Before "of" / "in": "shares of X", "stake in X". */
const ORG_BEFORE_OF = new Set(['shares', 'stake', 'stakes', 'shareholders', 'subsidiary', 'unit']);
const ORG_AFTER = new Set(`Inc Inc. Corp Corp. Co Co. Ltd Ltd. Plc PLC plc AG SA NV LLC CEO spokesman spokeswoman shareholders`.split(/\s+/));
const PER_BEFORE = new Set(
  `Mr. Mrs. Ms. Dr. Mr Mrs Ms President Premier Minister Chancellor Senator Sen. Governor Gov. King Queen
  Prince Sheikh Ayatollah Pope Judge Mayor Ambassador Commissioner`.split(/\s+/),
);
const LOC_BEFORE = new Set(`near outside town village province port`.split(/\s+/));
/** The company cues the tagger's corpus features count too (data/ner/type-cues.json): a ticker, "said its", "analyst at", "Ohio-based" (cues of two words or more after the name). */
const TYPE_CUES = loadTypeCues();
const seqIs = (toks: Sentence['tokens'], at: number, seq: string[]) => at >= 0 && seq.every((w, k) => toks[at + k]?.text.toLowerCase() === w.toLowerCase());
function companyCue(toks: Sentence['tokens'], i: number, j: number): boolean {
  const next = toks[j + 1]?.text ?? '';
  if (isInstrumentCode(next) || ((next === '(' || next === '<') && isInstrumentCode(toks[j + 2]?.text ?? ''))) return true;
  // "said its", "'s shareholders": not a bare "shares"/"stock", which follows adjectives too ("European shares").
  if (TYPE_CUES.orgAfter.some((q) => q.length > 1 && seqIs(toks, j + 1, q))) return true;
  return TYPE_CUES.orgBefore.some((q) => seqIs(toks, i - q.length, q));
}

/** PER, ORG, LOC cue of an occurrence toks[i..j], or -1. */
function cueOf(toks: Sentence['tokens'], i: number, j: number): number {
  let p = i - 1;
  if (p >= 0 && /^the$/i.test(toks[p].text)) p--;
  const prev = p >= 0 ? toks[p].text : '';
  const prev2 = p >= 1 ? toks[p - 1].text : '';
  const next = toks[j + 1]?.text ?? '';
  const next2 = toks[j + 2]?.text ?? '';
  if (i > 0 && TYPE_CUES.orgBeforeSuffix.some((x) => toks[i - 1].text.endsWith(x))) return 1;
  // Inside a longer capitalised name ("Union Pacific Corp", "Asia Pacific Ltd") a cue says nothing of the surface itself.
  if (p > 0 && /^\p{Lu}/u.test(prev) && !PER_BEFORE.has(prev)) return -1;
  if (PER_BEFORE.has(prev) || (next === ',' && next2 === 'who') || (next === 'said' && (next2 === 'he' || next2 === 'she'))) return 0;
  if (ORG_BEFORE.has(prev) || ((prev === 'of' || prev === 'in') && ORG_BEFORE_OF.has(prev2)) || ORG_AFTER.has(next)) return 1;
  if ((next === "'s" || next === '’s') && /^(?:chief|CEO|shares|board|shareholders)$/.test(next2)) return 1;
  if (companyCue(toks, i, j)) return 1;
  if (LOC_BEFORE.has(prev)) return 2;
  return -1;
}

/** Pass 2: for kept surfaces, occurrences outside any span (mid-sentence / sentence start), in lower case (credited to every case variant: lexicon-lower.ts), and context cues. */
function contextPass(docs: Doc[], keys: string[]): Map<string, number[]> {
  const counts = new Map<string, number[]>(); // untagged, initial, lower, cue PER, cue ORG, cue LOC
  const wanted = new Set(keys);
  const lowerOf = lowerCaseVariants(keys);
  const firsts = new Set<string>();
  for (const k of [...keys, ...lowerOf.keys()]) firsts.add(k.split(' ')[0]);
  const maxLen = Math.max(1, ...keys.map((k) => k.split(' ').length));
  for (const k of keys) counts.set(k, [0, 0, 0, 0, 0, 0]);
  for (const d of docs) {
    const sp = d.spans;
    const inSpan = (start: number, end: number) => {
      for (let i = 0; i < sp.length; i += 2) if (start < sp[i + 1] && end > sp[i]) return true;
      return false;
    };
    for (const s of bodySentences(d.text, d.bodyStart)) {
      const toks = s.tokens;
      for (let i = 0; i < toks.length; i++) {
        if (!firsts.has(toks[i].text)) continue;
        let words = '';
        for (let n = 1; n <= maxLen && i + n <= toks.length; n++) {
          words = n === 1 ? toks[i].text : `${words} ${toks[i + n - 1].text}`;
          const key = words.normalize('NFC');
          if (wanted.has(key)) {
            const c = counts.get(key)!;
            if (!inSpan(toks[i].start, toks[i + n - 1].end)) c[i === 0 ? 1 : 0]++;
            const cue = cueOf(toks, i, i + n - 1);
            if (cue >= 0) c[3 + cue]++;
          } else {
            for (const variant of lowerOf.get(key) ?? []) counts.get(variant)![2]++;
          }
        }
      }
    }
  }
  return counts;
}

if (isMainThread) {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const limit = Number(opt('--articles') ?? Infinity);
  const out = path.resolve(opt('--out') ?? path.join(repoRoot, 'models/entity-lexicon.json.gz'));
  const started = performance.now();
  const log = (m: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${m}\n`);

  const raw = await readTarArticles(requireCorpus(), limit);
  log(`${raw.length} articles read`);
  const nWorkers = 2;
  const workers = Array.from({ length: nWorkers }, (_, w) =>
    // A .ts worker needs tsx registered inside the worker thread first.
    new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`, {
      eval: true,
      workerData: { texts: raw.filter((_, i) => i % nWorkers === w) },
    }),
  );
  const next = (w: Worker) => new Promise<Msg>((resolve, reject) => {
    w.once('message', resolve);
    w.once('error', reject);
  });

  const tagged = new Map<string, number[]>();
  for (const m of await Promise.all(workers.map(next))) {
    for (const [k, c] of m.counts) {
      const t = tagged.get(k);
      if (t) c.forEach((v, i) => (t[i] += v));
      else tagged.set(k, [...c]);
    }
  }
  log(`${tagged.size} tagged surfaces`);
  const keep = [...tagged]
    .filter(([, c]) => {
      const total = c[0] + c[1] + c[2] + c[3];
      return total >= MIN_TAGGED && c[4] >= MIN_DOCS && Math.max(c[0], c[1], c[2], c[3]) / total >= MIN_SHARE;
    })
    .map(([k]) => k)
    .sort();
  log(`${keep.length} surfaces kept`);

  const pending = workers.map(next);
  for (const w of workers) w.postMessage(keep);
  const context = new Map<string, number[]>();
  for (const m of await Promise.all(pending)) {
    for (const [k, c] of m.counts) {
      const t = context.get(k);
      if (t) c.forEach((v, i) => (t[i] += v));
      else context.set(k, [...c]);
    }
  }
  for (const w of workers) void w.terminate();

  const file: LexiconFile = {
    format: 1,
    model: createHash('sha256').update(readFileSync(DEFAULT_MODEL_PATH)).digest('hex').slice(0, 16),
    articles: raw.length,
    fields: LEXICON_FIELDS,
    entries: keep.map((k) => {
      const t = tagged.get(k)!;
      const c = context.get(k) ?? [0, 0, 0, 0, 0, 0];
      return [k, t[0], t[1], t[2], t[3], c[0], c[1], c[2], t[4], c[3], c[4], c[5]];
    }),
  };
  const json = `{"format":1,"model":${JSON.stringify(file.model)},"articles":${file.articles},"fields":${JSON.stringify(file.fields)},"entries":[\n${file.entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
  const gz = gzipSync(Buffer.from(json), { level: 9 });
  writeFileSync(out, gz);
  log(`wrote ${out}: ${keep.length} surfaces, ${(gz.length / 1024).toFixed(0)} KiB`);
} else {
  const { texts } = workerData as { texts: Array<{ name: string; text: string }> };
  const { docs, counts } = tagPass(texts);
  parentPort!.postMessage({ kind: 'tagged', counts: [...counts] } satisfies Msg);
  parentPort!.once('message', (keys: string[]) => {
    parentPort!.postMessage({ kind: 'context', counts: [...contextPass(docs, keys)] } satisfies Msg);
  });
}
