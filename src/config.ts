import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: config, seeds, models and the local Neo4j module are found from here. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const port = (fallback: number, min = 1) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).max(65535).default(fallback));

const count = (fallback: number, min: number, max: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).max(max).default(fallback));

const FLAG = z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { message: 'must be true or false' });
const isOn = (v: string) => ['true', '1', 'yes', 'on'].includes(v);

const flag = (fallback: boolean) =>
  z.preprocess(emptyAsUndefined, FLAG.default(fallback ? 'true' : 'false').transform(isOn));

/** A flag whose default depends on another variable: undefined when unset. */
const optionalFlag = () => z.preprocess(emptyAsUndefined, FLAG.optional().transform((v) => (v === undefined ? undefined : isOn(v))));

const SIZE_UNITS = { b: 1, kb: 1024, mb: 1024 * 1024 } as const;
/** Apollo Server's own default is 50 MB; a request body is never allowed that much. */
export const MAX_BODY_LIMIT = 50 * 1024 * 1024;

/** "8mb", "512kb" or plain bytes, to bytes, from 1 KB to `max`. */
const byteSize = (fallback: string, max = MAX_BODY_LIMIT) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default(fallback)
      .transform((v, ctx) => {
        const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb)?\s*$/i.exec(v);
        const bytes = m ? Math.floor(Number(m[1]) * SIZE_UNITS[(m[2]?.toLowerCase() ?? 'b') as keyof typeof SIZE_UNITS]) : NaN;
        if (!(bytes >= 1024 && bytes <= max)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be a size from 1kb to ${max / 1024 / 1024}mb, e.g. 8mb or 512kb` });
          return z.NEVER;
        }
        return bytes;
      }),
  );

/**
 * Every environment variable the service reads, parsed once. No other module
 * touches process.env: they receive a Config.
 */
const EnvSchema = z.object({
  NEO4J_URI: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a neo4j:// or bolt:// URI, e.g. bolt://localhost:7687')
      .optional(),
  ),
  NEO4J_USER: z.preprocess(emptyAsUndefined, z.string().default('neo4j')),
  NEO4J_PASSWORD: z.preprocess(emptyAsUndefined, z.string().optional()),
  NEO4J_DATABASE: z.preprocess(emptyAsUndefined, z.string().regex(/^[A-Za-z0-9.\-]+$/, 'must be a database name').optional()),
  /** Bolt port of the local embedded Neo4j started when NEO4J_URI is unset. */
  NEO4J_LOCAL_PORT: port(7687),
  /** Data folder of the local embedded Neo4j. */
  NEO4J_LOCAL_DATA: z.preprocess(emptyAsUndefined, z.string().default('.neo4j')),
  /** 0: any free port (the URL printed at start names it). */
  PORT: port(4000, 0),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('0.0.0.0')),
  /** Processes answering HTTP on the one port (node:cluster); 1: the serving process itself. */
  HTTP_WORKERS: count(1, 1, 64),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(LOG_LEVELS).default('info')),
  API_KEY: z.preprocess(emptyAsUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
  NODE_ENV: z.preprocess(emptyAsUndefined, z.enum(['development', 'production', 'test']).default('development')),
  /** Largest request body; 8 MB holds an ingestArticles call of 100 long articles. */
  BODY_LIMIT: byteSize('8mb'),
  /**
   * Whether clients may ask for the schema (the playground needs it for completion and docs).
   * Unset: on, except with NODE_ENV=production, where a safe default hides the schema.
   */
  INTROSPECTION: optionalFlag(),
  // Query limits, checked when a query is parsed and validated: a refused query costs no database call.
  MAX_QUERY_DEPTH: count(10, 2, 100),
  MAX_QUERY_ALIASES: count(15, 0, 1000),
  MAX_QUERY_TOKENS: count(2000, 50, 100_000),
  MAX_QUERY_DIRECTIVES: count(20, 0, 1000),
  MAX_QUERY_COST: count(50_000, 10, 10_000_000),
  /** Largest answer, in bytes of JSON; a larger one is replaced by an ANSWER_TOO_LARGE error. */
  MAX_ANSWER_BYTES: byteSize('16mb', 256 * 1024 * 1024),
  /** Every GraphQL request's deadline (ms): past it, its database work is cancelled and it answers REQUEST_TIMEOUT. */
  REQUEST_TIMEOUT_MS: count(30_000, 100, 600_000),
  /** Rows (about 100 bytes each) of cached aggregate answers kept by the API; 0 turns the cache off. */
  READ_CACHE_ROWS: count(500_000, 0, 100_000_000),
  /** Whether query documents the API sees repeatedly run compiled by graphql-jit (off: graphql-js only). */
  GRAPHQL_JIT: flag(true),
  /** Runs of a query document through graphql-js before it is compiled. */
  GRAPHQL_JIT_AFTER: count(10, 0, 1_000_000),
});

export interface Config {
  neo4j: {
    /** Undefined: start (or reuse) the local embedded Neo4j. */
    uri?: string;
    user: string;
    password?: string;
    database?: string;
    localPort: number;
    localDataDir: string;
  };
  http: { port: number; host: string; bodyLimitBytes: number; workers: number };
  graphql: {
    introspection: boolean;
    limits: { depth: number; aliases: number; tokens: number; directives: number; cost: number; answerBytes: number };
    /** Every request's deadline (ms), database work included. */
    requestTimeoutMs: number;
    /** Rows of cached aggregate answers (country co-occurrence, neighbourhoods); 0: no cache. */
    readCacheRows: number;
    /** Runs of a query document through graphql-js before graphql-jit compiles it; null: never. */
    jitAfter: number | null;
  };
  logLevel: (typeof LOG_LEVELS)[number];
  apiKey?: string;
  production: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Variables whose value is a secret: a message about them gives its length, never the value. */
const SECRET_VARIABLES = new Set(['API_KEY', 'NEO4J_PASSWORD']);

/** What a message may show of a refused value: secrets by length only, a URI without its user and password. */
function shownValue(name: string, value: string | undefined): string {
  if (value === undefined) return 'unset';
  if (SECRET_VARIABLES.has(name)) return `a value of ${value.length} characters, not shown`;
  if (name === 'NEO4J_URI') return JSON.stringify(value.replace(/\/\/[^/@\s]*@/, '//…@'));
  return JSON.stringify(value);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${shownValue(String(i.path[0]), env[String(i.path[0])])})`),
    );
  }
  const e = parsed.data;
  return {
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      localPort: e.NEO4J_LOCAL_PORT,
      localDataDir: path.resolve(repoRoot, e.NEO4J_LOCAL_DATA),
    },
    http: { port: e.PORT, host: e.HOST, bodyLimitBytes: e.BODY_LIMIT, workers: e.HTTP_WORKERS },
    graphql: {
      introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
      limits: {
        depth: e.MAX_QUERY_DEPTH,
        aliases: e.MAX_QUERY_ALIASES,
        tokens: e.MAX_QUERY_TOKENS,
        directives: e.MAX_QUERY_DIRECTIVES,
        cost: e.MAX_QUERY_COST,
        answerBytes: e.MAX_ANSWER_BYTES,
      },
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      readCacheRows: e.READ_CACHE_ROWS,
      jitAfter: e.GRAPHQL_JIT ? e.GRAPHQL_JIT_AFTER : null,
    },
    logLevel: e.LOG_LEVEL,
    apiKey: e.API_KEY,
    production: e.NODE_ENV === 'production',
  };
}

/** The names of the variables loadConfig reads, for docs and the docker-compose check. */
export const CONFIG_VARIABLES = Object.keys(EnvSchema.shape) as Array<keyof typeof EnvSchema.shape>;
