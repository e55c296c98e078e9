import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig: API safety settings', () => {
  it('defaults: 8 MB bodies, introspection on, query limits set, 16 MB answers, a 30 s deadline', () => {
    const c = loadConfig({} as NodeJS.ProcessEnv);
    expect(c.http.bodyLimitBytes).toBe(8 * 1024 * 1024);
    expect(c.graphql.introspection).toBe(true);
    expect(c.graphql.limits).toEqual({ depth: 10, aliases: 15, tokens: 2000, directives: 20, cost: 50_000, answerBytes: 16 * 1024 * 1024 });
    expect(c.graphql.requestTimeoutMs).toBe(30_000);
  });

  it('turns introspection off with NODE_ENV=production unless INTROSPECTION asks for it', () => {
    expect(loadConfig({ NODE_ENV: 'production' } as NodeJS.ProcessEnv).graphql.introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' } as NodeJS.ProcessEnv).graphql.introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', INTROSPECTION: '' } as NodeJS.ProcessEnv).graphql.introspection).toBe(true);
  });

  it('names a secret that breaks its rule without printing it', () => {
    let error: unknown;
    try {
      loadConfig({ API_KEY: 'short-secret' } as NodeJS.ProcessEnv);
    } catch (err) {
      error = err;
    }
    const message = (error as ConfigError).message;
    expect(message).toMatch(/API_KEY: must be at least 16 characters/);
    expect(message).not.toContain('short-secret');
  });

  it('reads sizes with units, switches and limits', () => {
    const c = loadConfig({
      BODY_LIMIT: '512kb',
      INTROSPECTION: 'false',
      MAX_QUERY_DEPTH: '6',
      MAX_QUERY_ALIASES: '0',
      MAX_QUERY_TOKENS: '500',
      MAX_QUERY_DIRECTIVES: '5',
      MAX_QUERY_COST: '1000',
      MAX_ANSWER_BYTES: '1mb',
      REQUEST_TIMEOUT_MS: '5000',
      PORT: '0',
    } as NodeJS.ProcessEnv);
    expect(c.http.bodyLimitBytes).toBe(512 * 1024);
    expect(c.http.port).toBe(0);
    expect(c.graphql.introspection).toBe(false);
    expect(c.graphql.limits).toEqual({ depth: 6, aliases: 0, tokens: 500, directives: 5, cost: 1000, answerBytes: 1024 * 1024 });
    expect(c.graphql.requestTimeoutMs).toBe(5000);
    expect(loadConfig({ BODY_LIMIT: '2097152' } as NodeJS.ProcessEnv).http.bodyLimitBytes).toBe(2 * 1024 * 1024);
  });

  it('names a body limit over 50 MB, a bad switch and a limit out of range', () => {
    let error: unknown;
    try {
      loadConfig({ BODY_LIMIT: '60mb', INTROSPECTION: 'maybe', MAX_QUERY_DEPTH: '1' } as NodeJS.ProcessEnv);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^BODY_LIMIT: must be a size from 1kb to 50mb.*"60mb"/m);
    expect(problems).toMatch(/^INTROSPECTION: must be true or false/m);
    expect(problems).toMatch(/^MAX_QUERY_DEPTH: .*"1"/m);
  });
});
