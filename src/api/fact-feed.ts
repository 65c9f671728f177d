import { createPubSub, Repeater } from 'graphql-yoga';
import type { GraphStore } from '../graph/index.js';

/** Ids of facts as they are written: by this process's mutations, and by others (polled). */
export interface FactFeed {
  /** Announces facts written by this process. */
  publish(factIds: readonly string[]): void;
  /** Fact ids from now on; the poller runs while at least one subscription is open. */
  subscribe(): AsyncIterable<string>;
  /** Subscriptions open now. */
  readonly subscribers: number;
}

export interface FactFeedOptions {
  store: Pick<GraphStore, 'readChanges'>;
  /** How often other processes' writes are looked for. @default 2000 */
  pollIntervalMs?: number;
  /**
   * How far back each poll looks, so that a transaction committed after a later one is not
   * missed (its `updatedAt` is taken when it starts). @default 30000
   */
  lookbackMs?: number;
  onError?: (err: unknown) => void;
}

/**
 * The live feed behind `relationAdded`: a yoga pub/sub fed by in-process ingests and by a
 * poller over `r.updatedAt` that runs only while someone subscribes. A fact is announced once
 * per write, by whichever of the two sees it first.
 */
export function createFactFeed({
  store,
  pollIntervalMs = 2000,
  lookbackMs = 30_000,
  onError = () => {},
}: FactFeedOptions): FactFeed {
  const pubsub = createPubSub<{ fact: [string] }>();
  const seen = new Map<string, string>(); // fact id -> updatedAt (or 'local:<ms>') announced
  let subscribers = 0;
  let timer: NodeJS.Timeout | null = null;
  let run = 0; // bumped on every start, so that a poll of an earlier run never reschedules
  let startedAt = '';
  let since = '';

  // Forget what the next poll can no longer return.
  const prune = (from: string) => {
    const localFrom = Date.parse(from);
    for (const [id, mark] of seen) {
      const old = mark.startsWith('local:') ? Number(mark.slice(6)) < localFrom : mark < from;
      if (old) seen.delete(id);
    }
  };
  const poll = async (current: number) => {
    try {
      const from = new Date(Date.parse(since) - lookbackMs).toISOString();
      for (const change of await store.readChanges({ since: from })) {
        if (current !== run) return;
        const mark = seen.get(change.factId);
        if (mark === change.updatedAt) continue;
        seen.set(change.factId, change.updatedAt);
        if (change.updatedAt > since) since = change.updatedAt;
        // older than the subscription: already there; announced locally: not again
        if (change.updatedAt > startedAt && !mark?.startsWith('local:'))
          pubsub.publish('fact', change.factId);
      }
      prune(from);
    } catch (err) {
      onError(err);
    }
    if (current === run && subscribers > 0) timer = setTimeout(() => poll(current), pollIntervalMs);
  };
  const retain = () => {
    subscribers++;
    if (subscribers > 1) return;
    run++;
    startedAt = new Date().toISOString();
    since = startedAt;
    seen.clear();
    void poll(run);
  };
  const release = () => {
    subscribers--;
    if (subscribers > 0) return;
    run++;
    if (timer) clearTimeout(timer);
    timer = null;
  };

  return {
    publish(factIds) {
      for (const id of factIds) {
        // the poller may have read this very write before its writer announced it (a poll runs
        // while the mutation's transaction commits): a fact the poller announced recently is not
        // announced twice; a later write of it gets a new updatedAt, which the poller announces
        const mark = seen.get(id);
        if (mark && !mark.startsWith('local:') && Date.now() - Date.parse(mark) < lookbackMs)
          continue;
        seen.set(id, `local:${Date.now()}`);
        pubsub.publish('fact', id);
      }
    },
    subscribe: () =>
      new Repeater<string>(async (push, stop) => {
        const inner = pubsub.subscribe('fact')[Symbol.asyncIterator]();
        retain();
        stop.then(() => {
          release();
          return inner.return?.();
        });
        for (let r = await inner.next(); !r.done; r = await inner.next()) await push(r.value);
      }),
    get subscribers() {
      return subscribers;
    },
  };
}
