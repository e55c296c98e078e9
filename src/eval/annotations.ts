import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from '../config.js';
import { readSources } from '../ingest/sources.js';
import type { Gold } from './gold.js';
import { splitOf, type Split } from './split.js';

/** annotations/: labels of Reuters articles whose texts stay in ../shared/data (annotations/README.md). */
export const ANNOTATIONS_DIR = path.join(repoRoot, 'annotations');
export const REUTERS_TARBALL = path.resolve(repoRoot, '../shared/data/reuters/reuters-2006-2013-20k.tar.gz');
export const PAIR_LABELS = ['met', 'planned', 'negated', 'remote', 'none'] as const;

const Names = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
export const AnnotatedPair = z
  .object({
    a: z.string().min(1),
    b: z.string().min(1),
    label: z.enum(PAIR_LABELS),
    /** The sentence, as annotators write it; the committed files keep only its offsets (`pack`). */
    evidence: z.string().min(1).optional(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
    dateText: z.string().nullable().optional(),
    place: z.string().nullable().optional(),
    placeCountry: z.string().regex(/^[A-Z]{2}$/).nullable().optional(),
  })
  .strict()
  .refine((p) => p.evidence !== undefined || (p.start !== undefined && p.end !== undefined && p.end > p.start), {
    message: 'a pair needs its evidence sentence, or its offsets',
  });
export type AnnotatedPair = z.infer<typeof AnnotatedPair>;

export const Annotation = z
  .object({
    file: z.string().endsWith('.txt'),
    annotator: z.string().optional(),
    people: z.array(Names),
    organizations: z.array(Names),
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
    notPeople: z.array(z.string()).optional(),
    pairs: z.array(AnnotatedPair),
    notes: z.string().optional(),
  })
  .strict();
export type Annotation = z.infer<typeof Annotation>;

/** A pair as loaded: its evidence sentence and offsets both known. */
export type LoadedPair = AnnotatedPair & { evidence: string; start: number; end: number };

export interface AnnotatedArticle {
  name: string;
  split: Split;
  annotation: Omit<Annotation, 'pairs'> & { pairs: LoadedPair[] };
  text: string;
}

/** The gold view of an annotation, as the guide's gold files have it. */
export function annotationGold(a: Pick<Annotation, 'people' | 'countries' | 'organizations' | 'pairs'>): Gold {
  const pairs = (label: string) => a.pairs.filter((p) => p.label === label).map((p) => [p.a, p.b] as [string, string]);
  return {
    people: a.people,
    countries: a.countries,
    organizations: a.organizations,
    meetings: pairs('met'),
    not_meetings: [...pairs('planned'), ...pairs('negated'), ...pairs('remote')],
  };
}

export function annotationFiles(sub = 'reuters', dir = ANNOTATIONS_DIR): string[] {
  const folder = path.join(dir, sub);
  return existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(folder, f)) : [];
}

export function readAnnotation(file: string): Annotation {
  const parsed = Annotation.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: not an annotation: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/**
 * The texts of the named articles, from a folder of extracted .txt files when `dir` names
 * one, else from the shared corpus tarball (read once, entry by entry).
 */
export async function corpusTexts(files: Iterable<string>, dir?: string): Promise<Map<string, string>> {
  const wanted = new Set(files);
  const out = new Map<string, string>();
  if (dir && existsSync(dir)) {
    for (const f of wanted) if (existsSync(path.join(dir, f))) out.set(f, readFileSync(path.join(dir, f), 'utf8'));
    return out;
  }
  if (!existsSync(REUTERS_TARBALL)) throw new Error(`corpus not found: ${REUTERS_TARBALL} (expected ../shared/data beside the repository)`);
  for await (const item of readSources([REUTERS_TARBALL])) {
    const name = path.basename(item.source.slice(item.source.lastIndexOf(':') + 1));
    if ('bytes' in item && wanted.has(name)) out.set(name, Buffer.from(item.bytes).toString('utf8'));
  }
  return out;
}

/** Annotated articles with their texts, optionally of some splits only. */
export async function loadAnnotated(opts: { splits?: readonly Split[]; sub?: string; textDir?: string } = {}): Promise<AnnotatedArticle[]> {
  const wanted = (file: string) => !opts.splits || opts.splits.includes(splitOf(file));
  // Files of other splits are not even read (a file is named after its article: NAME.json for NAME.txt).
  const annotations = annotationFiles(opts.sub)
    .filter((f) => wanted(`${path.basename(f, '.json')}.txt`))
    .map(readAnnotation)
    .filter((a) => wanted(a.file));
  const texts = await corpusTexts(annotations.map((a) => a.file), opts.textDir ?? process.env.REUTERS_DIR);
  return annotations.map((a) => {
    const text = texts.get(a.file);
    if (text === undefined) throw new Error(`${a.file}: annotated, but not in the corpus`);
    // Committed files hold offsets only (the texts stay in ../shared): the sentence is read back from the article.
    const pairs = a.pairs.map((p): LoadedPair => {
      const start = p.start ?? text.indexOf(p.evidence!);
      const end = p.end ?? start + p.evidence!.length;
      return { ...p, start, end, evidence: p.evidence ?? text.slice(start, end) };
    });
    return { name: a.file.replace(/\.txt$/, ''), split: splitOf(a.file), annotation: { ...a, pairs }, text };
  });
}

/** The domain an annotated article was sampled as (annotations/sample.tsv): diplomacy or business. */
export function sampleDomains(dir = ANNOTATIONS_DIR): Map<string, 'diplomacy' | 'business'> {
  const file = path.join(dir, 'sample.tsv');
  const out = new Map<string, 'diplomacy' | 'business'>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [name, , stratum] = line.split('\t');
    if (name && stratum) out.set(name, stratum.startsWith('business') ? 'business' : 'diplomacy');
  }
  return out;
}
