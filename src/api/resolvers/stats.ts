import type { ApiContext } from '../context.js';
import { checkInt, parseDay } from '../validate.js';

/** `Query.stats`: counts by type and predicate and top entities, over a period or all time. */
export async function stats(
  _: unknown,
  args: { from?: string | null; to?: string | null; top?: number | null },
  { store }: ApiContext,
) {
  return store.readStats({
    from: parseDay(args.from, 'from'),
    to: parseDay(args.to, 'to'),
    top: checkInt(args.top, 'top', { min: 1, max: 100, fallback: 10 }),
  });
}
