import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig: API safety settings', () => {
  it('defaults: 8 MB bodies, introspection on, query limits set', () => {
    const c = loadConfig({} as NodeJS.ProcessEnv);
    expect(c.http.bodyLimitBytes).toBe(8 * 1024 * 1024);
    expect(c.graphql.introspection).toBe(true);
    expect(c.graphql.limits).toEqual({ depth: 10, aliases: 15, tokens: 2000, directives: 20, cost: 20_000 });
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
      PORT: '0',
    } as NodeJS.ProcessEnv);
    expect(c.http.bodyLimitBytes).toBe(512 * 1024);
    expect(c.http.port).toBe(0);
    expect(c.graphql.introspection).toBe(false);
    expect(c.graphql.limits).toEqual({ depth: 6, aliases: 0, tokens: 500, directives: 5, cost: 1000 });
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
