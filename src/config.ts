import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: config, seeds, models and the local Neo4j module are found from here. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const port = (fallback: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(fallback));

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
  PORT: port(4000),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('0.0.0.0')),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(LOG_LEVELS).default('info')),
  API_KEY: z.preprocess(emptyAsUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
  NODE_ENV: z.preprocess(emptyAsUndefined, z.enum(['development', 'production', 'test']).default('development')),
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
  http: { port: number; host: string };
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`),
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
    http: { port: e.PORT, host: e.HOST },
    logLevel: e.LOG_LEVEL,
    apiKey: e.API_KEY,
    production: e.NODE_ENV === 'production',
  };
}

/** The names of the variables loadConfig reads, for docs and the docker-compose check. */
export const CONFIG_VARIABLES = Object.keys(EnvSchema.shape) as Array<keyof typeof EnvSchema.shape>;
