/**
 * Topics an article is about, from a user-extensible taxonomy (data/topics.json):
 * each topic has weighted terms; an article's score for a topic grows with the
 * weighted, dampened term counts (title hits count double) and is normalised by
 * article length, then squashed into (0, 1]. Only topics with enough distinct
 * evidence and close enough to the best topic are returned, so an article gets a
 * handful of topics.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface TopicTerm {
  term: string;
  weight: number;
}

export interface TopicDef {
  id: string;
  label: string;
  iptc?: string;
  description?: string;
  terms: TopicTerm[];
}

export interface TopicScore {
  id: string;
  label: string;
  score: number;
  iptc?: string;
}

export interface ScoreTopicsOptions {
  /** Offset where the body starts; text before it (the title) counts double. Default: end of the first line. */
  titleEnd?: number;
  /** Minimum score to report. Default 0.3. */
  minScore?: number;
  /** Report topics scoring at least this fraction of the best topic. Default 0.3. */
  relative?: number;
  /** At most this many topics. Default 6. */
  max?: number;
  /** Minimum number of distinct terms matched. Default 2 (1 if matched in the title). */
  minDistinctTerms?: number;
}

interface CompiledTopic {
  def: TopicDef;
  re: RegExp;
  weights: number[];
}

const DATA_PATH = fileURLToPath(new URL('../../data/topics.json', import.meta.url));
let TOPICS: CompiledTopic[] | undefined;

const CREDIT_RE = /\((?:[^()]{0,40}?\b)?(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled|Contributing)\b[^()]*\)/gi;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termPattern(term: string): string {
  const prefix = term.endsWith('*');
  const t = prefix ? term.slice(0, -1) : term;
  const body = escapeRe(t).replace(/\\?[ -]/g, (m) => (m.trim() === '' ? '[\\s-]+' : '[\\s-]?'));
  const tail = prefix ? '[\\p{L}-]*' : '(?:s|es)?';
  return `(?<![\\p{L}\\p{N}])${body}${tail}(?![\\p{L}\\p{N}])`;
}

function compile(defs: TopicDef[]): CompiledTopic[] {
  return defs.map((def) => {
    // One regex per topic; each term is a named alternative, indexed by group position.
    const parts = def.terms.map((t) => {
      const cs = /^\p{Lu}/u.test(t.term);
      const p = termPattern(cs ? t.term : t.term.toLowerCase());
      return `(${p})`;
    });
    return { def, re: new RegExp(parts.join('|'), 'gu'), weights: def.terms.map((t) => t.weight) };
  });
}

/** Load (or reload) the taxonomy from a JSON file: { topics: TopicDef[] }. */
export function loadTopics(path: string = DATA_PATH): TopicDef[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { topics: TopicDef[] };
  for (const t of raw.topics) {
    if (!t.id || !t.label || !Array.isArray(t.terms)) throw new Error(`topics: bad entry ${JSON.stringify(t).slice(0, 80)}`);
  }
  TOPICS = compile(raw.topics);
  return raw.topics;
}

function topics(): CompiledTopic[] {
  if (!TOPICS) loadTopics();
  return TOPICS!;
}

/** The taxonomy in use. */
export function listTopics(): Array<{ id: string; label: string; iptc?: string; description?: string }> {
  return topics().map(({ def }) => ({ id: def.id, label: def.label, ...(def.iptc ? { iptc: def.iptc } : {}), ...(def.description ? { description: def.description } : {}) }));
}

/**
 * Topics the article is about, best first, scores in (0, 1]. Terms that start with
 * a capital are matched against the text as written, lower-case terms against a
 * lower-cased copy (two passes of one regex per topic).
 */
export function scoreTopics(text: string, opts: ScoreTopicsOptions = {}): TopicScore[] {
  const titleEnd = opts.titleEnd ?? Math.max(0, text.indexOf('\n'));
  const minScore = opts.minScore ?? 0.3;
  const relative = opts.relative ?? 0.3;
  const max = opts.max ?? 6;
  const minDistinct = opts.minDistinctTerms ?? 2;
  // Journalists' credit lines ("(Reporting by ...; Editing by ...)") say nothing about the topic.
  text = text.replace(CREDIT_RE, (m) => ' '.repeat(m.length));
  const lower = text.toLowerCase();
  const words = Math.max(50, (text.match(/\S+/g) ?? []).length);
  const lengthNorm = Math.pow(words / 400, 0.35);
  const scored: Array<TopicScore & { raw: number }> = [];

  for (const { def, re, weights } of topics()) {
    const counts = new Array<number>(weights.length).fill(0);
    let titleHit = false;
    for (const [src, csPass] of [
      [text, true],
      [lower, false],
    ] as const) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(src)) !== null) {
        let k = 1;
        while (k < m.length && m[k] === undefined) k++;
        const idx = k - 1;
        const cs = /^\p{Lu}/u.test(def.terms[idx].term);
        if (cs !== csPass) continue; // capitalised terms count on the original text only
        const inTitle = m.index < titleEnd;
        counts[idx] += inTitle ? 2 : 1;
        if (inTitle) titleHit = true;
      }
    }
    let raw = 0;
    let distinct = 0;
    counts.forEach((c, i) => {
      if (c > 0) {
        distinct++;
        raw += weights[i] * (1 + Math.log(c));
      }
    });
    if (distinct === 0) continue;
    if (distinct < minDistinct && !(titleHit && distinct >= 1)) continue;
    const density = raw / lengthNorm;
    const score = 1 - Math.exp(-density / 10);
    scored.push({ id: def.id, label: def.label, score, raw, ...(def.iptc ? { iptc: def.iptc } : {}) });
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0]?.score ?? 0;
  return scored
    .filter((s) => s.score >= minScore && s.score >= best * relative)
    .slice(0, max)
    .map(({ id, label, score, iptc }) => ({ id, label, score: Math.round(score * 1000) / 1000, ...(iptc ? { iptc } : {}) }));
}
