import { RELATION_ADDED } from './queries.js';
import type { RelationSummary } from './types.js';

export interface LiveOptions {
  endpoint: string;
  /** Server-side filter (a RelationFilter). */
  filter: Record<string, unknown>;
  onRelation(r: RelationSummary): void;
  onStatus(status: 'connecting' | 'live' | 'reconnecting'): void;
}

/**
 * Follows `relationAdded` over server-sent events: graphql-yoga answers a GET on the GraphQL
 * endpoint with `Accept: text/event-stream` (what EventSource sends) with `next` events.
 * Returns a function that closes the stream.
 */
export function followRelations({ endpoint, filter, onRelation, onStatus }: LiveOptions) {
  const url = new URL(endpoint, location.href);
  url.searchParams.set('query', RELATION_ADDED);
  url.searchParams.set('variables', JSON.stringify({ filter }));
  const source = new EventSource(url);
  onStatus('connecting');
  source.addEventListener('open', () => onStatus('live'));
  source.addEventListener('error', () => onStatus('reconnecting'));
  source.addEventListener('next', (e) => {
    try {
      const payload = JSON.parse((e as MessageEvent<string>).data) as {
        data?: { relationAdded?: RelationSummary };
      };
      if (payload.data?.relationAdded) onRelation(payload.data.relationAdded);
    } catch {
      // a malformed event is skipped; the stream goes on
    }
  });
  // The server ended the subscription: do not let EventSource reconnect in a loop.
  source.addEventListener('complete', () => source.close());
  return () => source.close();
}
