import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to the local Neo4j and port 4000', () => {
    const c = loadConfig({} as NodeJS.ProcessEnv);
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.localPort).toBe(7687);
    expect(c.http.port).toBe(4000);
    expect(c.logLevel).toBe('info');
  });

  it('reads every variable', () => {
    const c = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'news',
      PORT: '8080',
      LOG_LEVEL: 'debug',
      API_KEY: 'k'.repeat(32),
    } as NodeJS.ProcessEnv);
    expect(c.neo4j).toMatchObject({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'reader', password: 'secret', database: 'news' });
    expect(c.http.port).toBe(8080);
    expect(c.apiKey).toBe('k'.repeat(32));
  });

  it('names each bad variable and why', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', LOG_LEVEL: 'loud', API_KEY: 'short' } as NodeJS.ProcessEnv);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT: .*"eighty"/m);
    expect(problems).toMatch(/^NEO4J_URI: must be a neo4j:\/\/ or bolt:\/\/ URI/m);
    expect(problems).toMatch(/^LOG_LEVEL: /m);
    expect(problems).toMatch(/^API_KEY: must be at least 16 characters/m);
  });
  it('never prints a secret it refuses: API_KEY by its length, the password in a URI masked', () => {
    let error: unknown;
    try {
      loadConfig({ API_KEY: 'hunter2-secret', NEO4J_URI: 'http://neo4j:s3cr3t-pass@db.example:7687' } as NodeJS.ProcessEnv);
    } catch (err) {
      error = err;
    }
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^API_KEY: must be at least 16 characters \(got a value of 14 characters, not shown\)$/m);
    expect(problems).toMatch(/^NEO4J_URI: .*\(got "http:\/\/…@db\.example:7687"\)$/m);
    expect(problems).not.toContain('hunter2');
    expect(problems).not.toContain('s3cr3t');
  });
});
