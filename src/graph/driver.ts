import neo4j, { type Driver } from 'neo4j-driver';
import { toGraphStoreError } from './errors.js';

export interface DriverOptions {
  uri: string;
  user?: string;
  password?: string;
  /** Name sent to the server with every transaction, shown in `SHOW TRANSACTIONS`. */
  userAgent?: string;
}

/**
 * One driver per process. Integers come back as JS numbers: every count in this graph is far
 * below 2^53, and plain numbers keep the rest of the code free of `Integer`.
 */
export function createDriver({
  uri,
  user = 'neo4j',
  password = '',
  userAgent = 'aikg',
}: DriverOptions): Driver {
  // A server with auth disabled (the local launcher) accepts any basic credentials.
  const auth = neo4j.auth.basic(user, password);
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    userAgent,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
    maxTransactionRetryTime: 30_000,
  });
}

/** Waits until the server answers, or throws a GraphStoreError that names the URI. */
export async function verifyDriver(driver: Driver, uri: string): Promise<void> {
  try {
    await driver.verifyConnectivity();
  } catch (err) {
    throw toGraphStoreError(err, `connecting to ${uri}`);
  }
}
