import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config.js';

const compose = parse(readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8'));

describe('docker-compose.yml', () => {
  const neo4j = compose.services.neo4j;
  const app = compose.services.newsgraph;

  it('runs Neo4j 5.26 with a cypher-shell healthcheck and Bolt on 7687', () => {
    expect(neo4j.image).toMatch(/^neo4j:5\.26/);
    expect(JSON.stringify(neo4j.healthcheck.test)).toContain('cypher-shell');
    expect(neo4j.ports).toContain('7687:7687');
  });

  it('starts the service only once the database is healthy', () => {
    expect(app.build).toBeDefined();
    expect(app.depends_on.neo4j.condition).toBe('service_healthy');
  });

  it('wires only variables src/config.ts knows, pointing at the neo4j service and the published port', () => {
    const env = app.environment as Record<string, string>;
    for (const key of Object.keys(env)) expect(CONFIG_VARIABLES).toContain(key);
    expect(env.NEO4J_URI).toBe('bolt://neo4j:7687');
    const resolved = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v).replace(/\$\{[A-Z_]+:-([^}]*)\}/, '$1')]));
    const config = loadConfig(resolved as NodeJS.ProcessEnv);
    expect(app.ports).toContain(`${config.http.port}:${config.http.port}`);
    // The password the service uses is the one the database was given.
    expect(neo4j.environment.NEO4J_AUTH).toBe(`neo4j/${env.NEO4J_PASSWORD}`);
  });
});
