import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { isTransactionTooLarge, toGraphStoreError } from './errors.js';

/**
 * JS numbers travel as floats; Cypher wants integers for SKIP, LIMIT and ranges. Top-level
 * whole numbers become Neo4j integers (nested data keeps its types: it is stored, not counted).
 */
function withIntegers(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params))
    out[k] = typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v;
  return out;
}

/** Attempts of a single-statement read before its transient error is reported. */
const READ_ATTEMPTS = 3;

/** A transaction as the store's queries see it: Cypher text plus parameters in, plain rows out. */
export interface Tx {
  run<Row = Record<string, unknown>>(
    cypher: string,
    params?: Record<string, unknown>,
  ): Promise<Row[]>;
}

export interface ExecutorOptions {
  driver: Driver;
  database: string;
  /** Called once per Cypher statement sent, e.g. to count round trips per GraphQL request. */
  onQuery?: (cypher: string) => void;
  debug?: (msg: string, data: Record<string, unknown>) => void;
}

/**
 * The only code that opens sessions. Reads are routed to followers (`executeRead`) on a
 * cluster; writes go through managed transactions, which retry transient errors such as
 * deadlocks between two ingest processes.
 */
export class Executor {
  readonly database: string;
  readonly #driver: Driver;
  readonly #onQuery: ((cypher: string) => void) | undefined;
  readonly #debug: ExecutorOptions['debug'];

  constructor({ driver, database, onQuery, debug }: ExecutorOptions) {
    this.#driver = driver;
    this.database = database;
    this.#onQuery = onQuery;
    this.#debug = debug;
  }

  read<T>(doing: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.#execute(doing, neo4j.session.READ, work);
  }

  write<T>(doing: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.#execute(doing, neo4j.session.WRITE, work);
  }

  /**
   * Runs one read statement as an auto-commit transaction: one network write instead of two
   * (no COMMIT), ~1 ms off a two-statement API request here. A managed transaction would retry
   * transient errors, which the driver does not do for auto-commit ones: done here, briefly.
   */
  async query<Row = Record<string, unknown>>(
    cypher: string,
    params: Record<string, unknown> = {},
  ): Promise<Row[]> {
    for (let attempt = 1; ; attempt++) {
      const session = this.#driver.session({
        database: this.database,
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        return await this.#rows<Row>(session, cypher, params);
      } catch (err) {
        if (attempt >= READ_ATTEMPTS || !neo4j.isRetryableError(err))
          throw toGraphStoreError(err, 'reading');
        await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      } finally {
        await session.close();
      }
    }
  }

  async #execute<T>(
    doing: string,
    mode: 'READ' | 'WRITE',
    work: (tx: Tx) => Promise<T>,
  ): Promise<T> {
    const session = this.#driver.session({ database: this.database, defaultAccessMode: mode });
    const config = { metadata: { app: 'aikg', doing } };
    const fn = (mtx: ManagedTransaction) => work(this.#wrap(mtx, doing));
    try {
      return mode === neo4j.session.READ
        ? await session.executeRead(fn, config)
        : await session.executeWrite(fn, config);
    } catch (err) {
      throw toGraphStoreError(err, doing);
    } finally {
      await session.close();
    }
  }

  /**
   * A statement refused for its memory fails again however often it is retried: it leaves the
   * managed transaction as a GraphStoreError, which the driver does not retry, so that the
   * caller can split its work at once.
   */
  #wrap(mtx: ManagedTransaction, doing: string): Tx {
    return {
      run: async <Row>(cypher: string, params: Record<string, unknown> = {}) => {
        try {
          return await this.#rows<Row>(mtx, cypher, params);
        } catch (err) {
          throw isTransactionTooLarge(err) ? toGraphStoreError(err, doing) : err;
        }
      },
    };
  }

  /** Sends one statement through a transaction or a session (auto-commit): plain rows back. */
  async #rows<Row>(
    runner: Pick<ManagedTransaction, 'run'>,
    cypher: string,
    params: Record<string, unknown>,
  ): Promise<Row[]> {
    this.#onQuery?.(cypher);
    this.#debug?.('cypher', { cypher, params });
    const result = await runner.run(cypher, withIntegers(params));
    return result.records.map((r) => r.toObject() as Row);
  }
}
