import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { lexiconFromFile, type Lexicon, type LexiconFile } from '../resolve/corpus-lexicon.js';
import { orgVerifierFromFile, type OrgVerifier } from '../resolve/org-verifier.js';
import { spanTypeModelFromFile, type SpanTypeModel, type SpanTypeResources } from '../resolve/span-types.js';

/**
 * The corpus entity lexicon the pipeline hands to resolution (resolve/ reads no files). The NER
 * model is the tagger's own: extract/ner loads it.
 */
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_LEXICON_PATH = path.resolve(HERE, '../../models/entity-lexicon.json.gz');

const EMPTY: Lexicon = { entries: new Map(), maxTokens: 1, firstTokens: new Map() };
const cache = new Map<string, Lexicon>();

/** Loads (once) the shipped lexicon; an absent file is an empty lexicon. */
export function loadLexicon(file: string = DEFAULT_LEXICON_PATH): Lexicon {
  const p = path.resolve(file);
  let lex = cache.get(p);
  if (!lex) {
    lex = existsSync(p) ? lexiconFromFile(JSON.parse(gunzipSync(readFileSync(p)).toString('utf8')) as LexiconFile) : EMPTY;
    cache.set(p, lex);
  }
  return lex;
}

export const DEFAULT_ORG_VERIFIER_PATH = path.resolve(HERE, '../../models/org-verifier.json.gz');
const verifiers = new Map<string, OrgVerifier | null>();

/**
 * Loads (once per path) an optional gzipped JSON model: null without the file; an unreadable or malformed file is an
 * error naming what it is, the file and why.
 */
function loadOptionalModel<T>(cache: Map<string, T | null>, file: string, what: string, fromFile: (json: unknown) => T): T | null {
  const p = path.resolve(file);
  let m = cache.get(p);
  if (m === undefined) {
    try {
      m = existsSync(p) ? fromFile(JSON.parse(gunzipSync(readFileSync(p)).toString('utf8'))) : null;
    } catch (err) {
      throw new Error(`${what} ${p}: ${(err as Error).message}`, { cause: err });
    }
    cache.set(p, m);
  }
  return m;
}

/**
 * Loads (once) the organization verifier (`npm run train:orgs`); without the file, no verifier: every organization
 * is kept (silently, as the lexicon, topic and meeting models are when absent).
 */
export function loadOrgVerifier(file: string = DEFAULT_ORG_VERIFIER_PATH): OrgVerifier | null {
  return loadOptionalModel(verifiers, file, 'organization verifier', orgVerifierFromFile);
}

export const DEFAULT_SPAN_TYPES_PATH = path.resolve(HERE, '../../models/span-types.json.gz');
const spanTypeModels = new Map<string, SpanTypeModel | null>();

/**
 * Loads (once) the learned span types (`npm run train:span-types`); without the file, none: the tagger's types
 * stand. A malformed file is an error naming the file.
 */
export function loadSpanTypes(file: string = DEFAULT_SPAN_TYPES_PATH): SpanTypeModel | null {
  return loadOptionalModel(spanTypeModels, file, 'span type model', spanTypeModelFromFile);
}

/** The learned span types with the tagger's resources they read (settleTaggedSpans' `spanTypes`); none without the model file. */
export function spanTypesOf(res: SpanTypeResources, file?: string): { model: SpanTypeModel; res: SpanTypeResources } | undefined {
  const model = loadSpanTypes(file);
  return model ? { model, res } : undefined;
}
