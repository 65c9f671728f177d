import { badInput } from './errors.js';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Checks a `YYYY-MM-DD` argument; the error names the argument and the value. */
export function parseDay(value: string | null | undefined, name: string): string | null {
  if (value == null || value === '') return null;
  if (!DAY.test(value)) throw badInput(`${name} must be a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

/** Checks an integer argument against its bounds. */
export function checkInt(
  value: number | null | undefined,
  name: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max)
    throw badInput(`${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}
