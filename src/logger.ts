import { type Logger, pino } from 'pino';

/** Structured JSON logs on stderr, so that stdout stays free for command output. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'aikg' } }, pino.destination(2));
}

/** graphql-yoga's logger interface on top of pino. */
export function toYogaLogger(log: Logger) {
  const at =
    (fn: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      if (first instanceof Error) log[fn]({ err: first }, String(rest[0] ?? first.message));
      else if (rest[0] instanceof Error) log[fn]({ err: rest[0] }, String(first));
      else log[fn](rest.length ? { details: rest } : {}, String(first));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
