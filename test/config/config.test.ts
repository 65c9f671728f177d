import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('gives defaults that suit the local stack', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 4000,
      HOST: '127.0.0.1',
      NEO4J_DATABASE: 'neo4j',
      API_KEYS: [],
      LOAD_SEEDS: true,
    });
    expect(config.NEO4J_URI).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    ['PORT', { PORT: '12' }, 12],
    ['API_KEYS', { API_KEYS: ' k1, k2 ,,' }, ['k1', 'k2']],
    ['READS_REQUIRE_KEY', { READS_REQUIRE_KEY: 'yes' }, true],
    [
      'NEO4J_URI',
      { NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' },
      'neo4j+s://abc.databases.neo4j.io',
    ],
  ])('[config] reads %s', (name, env, expected) => {
    expect(loadConfig(env)[name as keyof ReturnType<typeof loadConfig>]).toEqual(expected);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT="eighty": expected a port number/],
    [{ PORT: '70000' }, /PORT="70000": expected a port from 0 to 65535/],
    [
      { NEO4J_URI: 'http://localhost:7474' },
      /NEO4J_URI="http:\/\/localhost:7474": expected a bolt:\/\/ or neo4j:\/\/ URI/,
    ],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud"/],
    [{ GRAPHIQL: 'maybe' }, /GRAPHIQL="maybe": expected true or false/],
    [{ MAX_BODY_BYTES: '-5' }, /MAX_BODY_BYTES="-5": expected a number above 0/],
  ])('[config] refuses %o, naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'loud' })).toThrow(
      /PORT[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*PORT/,
    );
  });
});
