// docker compose cannot run on the build machines; this keeps the file correct by reading it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigSchema } from '../../src/config.js';

const compose = parse(readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8'));

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 community with auth from the environment, a volume and a healthcheck', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
    expect(neo4j.healthcheck.test.join(' ')).toMatch(/cypher-shell/);
  });

  it('builds the service, waits for a healthy Neo4j and points it there with valid settings', () => {
    const aikg = compose.services.aikg;
    expect(aikg.build).toBe('.');
    expect(aikg.depends_on.neo4j.condition).toBe('service_healthy');
    expect(aikg.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    const env = Object.fromEntries(
      Object.entries(aikg.environment as Record<string, string>).filter(
        ([, v]) => !v.includes('${'),
      ),
    );
    expect(() => ConfigSchema.parse(env)).not.toThrow();
    expect(readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8')).toMatch(
      /src\/cli\/main\.ts", "serve"/,
    );
  });
});
