/**
 * Topic labels of Reuters articles (annotations/topics/): the file format, its checks, and the
 * agreement between two annotators. Pure functions over what the caller read; the scripts
 * (scripts/topics-labels.ts) and the topic evaluation do the reading.
 */

/** One article's labels: { file, annotator, topics (main first), notes? }. */
export interface TopicLabel {
  file: string;
  annotator: string;
  topics: string[];
  notes?: string;
}

/** What the checks need of the taxonomy (listTopics()). */
export interface TaxonomyTopic {
  id: string;
  parent?: string;
  description?: string;
}

export interface LabelContext {
  /** The label file's base name (NAME.json). */
  labelFileName: string;
  topics: TaxonomyTopic[];
  /** Article file names of the sample (sample.tsv). */
  sample: ReadonlySet<string>;
  /** Set for a second-pass label: the articles of the second-pass sample. */
  secondPassSample?: ReadonlySet<string>;
}

export const MAX_TOPICS = 8;
export const USUAL_TOPICS = 5;

/** A group topic is assigned only rarely (its definition starts "Group topic"). */
export function isGroupTopic(t: TaxonomyTopic | undefined): boolean {
  return /^Group topic\b/.test(t?.description ?? '');
}

function ancestors(byId: Map<string, TaxonomyTopic>, id: string): string[] {
  const out: string[] = [];
  for (let p = byId.get(id)?.parent; p && !out.includes(p); p = byId.get(p)?.parent) out.push(p);
  return out;
}

/** Checks a parsed label file: errors make it unusable, warnings deserve a second look. */
export function validateTopicLabel(raw: unknown, ctx: LabelContext): { label?: TopicLabel; errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { errors: ['not a JSON object'], warnings };
  const byId = new Map(ctx.topics.map((t) => [t.id, t]));
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!['file', 'annotator', 'topics', 'notes'].includes(k)) errors.push(`unknown field "${k}" (allowed: file, annotator, topics, notes)`);
  if (typeof o.file !== 'string' || o.file === '') errors.push('"file" must be the article file name, e.g. "20091013_us-russia-usa-clinton-idUSTRE59C1AX20091013.txt"');
  else {
    if (!ctx.sample.has(o.file)) errors.push(`"file" ${o.file} is not in annotations/topics/sample.tsv`);
    const expected = `${o.file.replace(/\.txt$/, '')}.json`;
    if (ctx.labelFileName !== expected) errors.push(`the label file for ${o.file} must be named ${expected}`);
    if (ctx.secondPassSample && !ctx.secondPassSample.has(o.file)) errors.push(`${o.file} is not in annotations/topics/second-pass-sample.txt`);
  }
  if (typeof o.annotator !== 'string' || o.annotator.trim() === '') errors.push('"annotator" must be a non-empty string (your name)');
  if (o.notes !== undefined && typeof o.notes !== 'string') errors.push('"notes" must be a string when present');
  if (!Array.isArray(o.topics) || o.topics.length === 0) errors.push('"topics" must be a non-empty list of topic ids, main topic first');
  else {
    const ids = o.topics as unknown[];
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (typeof id !== 'string') return errors.push(`topics[${i}] is not a string`);
      if (!byId.has(id)) errors.push(`topics[${i}] "${id}" is not a topic id (list them: node --import tsx scripts/topics-labels.ts taxonomy)`);
      if (seen.has(id)) errors.push(`topics[${i}] "${id}" is listed twice`);
      seen.add(id);
    });
    if (ids.length > MAX_TOPICS) errors.push(`${ids.length} topics: at most ${MAX_TOPICS} (only those the article is substantially about)`);
    else if (ids.length > USUAL_TOPICS) warnings.push(`${ids.length} topics: usually 1-${USUAL_TOPICS}; is the article substantially about each?`);
    for (const id of seen) {
      const up = ancestors(byId, id).filter((a) => seen.has(a));
      if (up.length) warnings.push(`"${id}" with its ancestor ${up.map((a) => `"${a}"`).join(', ')}: keep the ancestor only if the article is broadly about it too`);
    }
    const main = ids[0];
    if (typeof main === 'string' && isGroupTopic(byId.get(main)) && ids.length > 1) warnings.push(`main topic "${main}" is a group topic: is one of the others the main subject?`);
  }
  return errors.length ? { errors, warnings } : { label: o as unknown as TopicLabel, errors, warnings };
}

export interface TopicAgreementRow {
  id: string;
  /** Articles the first annotator gave the topic. */
  first: number;
  second: number;
  both: number;
  /** 2·both / (first + second): F1 of one annotator against the other. */
  f1: number;
  /** Cohen's kappa of the yes/no decision over all articles; null where chance agreement is 1. */
  kappa: number | null;
}

export interface TopicAgreement {
  articles: number;
  microF1: number;
  mainTopicAgreement: number;
  /** Each annotator's main topic is among the other's topics. */
  mainTopicEachInOther: number;
  exactSetAgreement: number;
  topicsPerArticle: { first: number; second: number };
  perTopic: TopicAgreementRow[];
  mainDisagreements: Array<{ file: string; first: string; second: string }>;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Agreement between two annotators over the articles both labelled (one pair per article). */
export function topicAgreement(pairs: Array<{ file: string; first: string[]; second: string[] }>): TopicAgreement {
  const n = pairs.length;
  if (n === 0) throw new Error('topic agreement: no article labelled by both annotators');
  const per = new Map<string, { a: number; b: number; both: number }>();
  const cell = (id: string) => {
    let c = per.get(id);
    if (!c) per.set(id, (c = { a: 0, b: 0, both: 0 }));
    return c;
  };
  let mainSame = 0;
  let mainInOther = 0;
  let exact = 0;
  let sizeA = 0;
  let sizeB = 0;
  const mainDisagreements: TopicAgreement['mainDisagreements'] = [];
  for (const { file, first: A, second: B } of pairs) {
    sizeA += A.length;
    sizeB += B.length;
    for (const id of A) cell(id).a++;
    for (const id of B) cell(id).b++;
    for (const id of A) if (B.includes(id)) cell(id).both++;
    if (A[0] === B[0]) mainSame++;
    else mainDisagreements.push({ file, first: A[0], second: B[0] });
    if (B.includes(A[0]) && A.includes(B[0])) mainInOther++;
    if (A.length === B.length && A.every((id) => B.includes(id))) exact++;
  }
  const perTopic = [...per.entries()].map(([id, { a, b, both }]) => {
    const po = (n - a - b + 2 * both) / n;
    const pe = (a / n) * (b / n) + (1 - a / n) * (1 - b / n);
    return { id, first: a, second: b, both, f1: round((2 * both) / (a + b)), kappa: pe < 1 ? round((po - pe) / (1 - pe)) : null };
  });
  perTopic.sort((x, y) => y.first + y.second - (x.first + x.second) || (x.id < y.id ? -1 : 1));
  const both = perTopic.reduce((s, r) => s + r.both, 0);
  return {
    articles: n,
    microF1: round((2 * both) / (sizeA + sizeB)),
    mainTopicAgreement: round(mainSame / n),
    mainTopicEachInOther: round(mainInOther / n),
    exactSetAgreement: round(exact / n),
    topicsPerArticle: { first: round(sizeA / n), second: round(sizeB / n) },
    perTopic,
    mainDisagreements,
  };
}
