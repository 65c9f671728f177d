/**
 * Decodes strict UTF-8 (a leading BOM is dropped).
 *
 * @throws Error "not valid UTF-8" when the bytes are not UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text');
  }
}
