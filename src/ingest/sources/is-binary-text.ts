const SAMPLE_CHARS = 64 * 1024;
const MAX_UNPRINTABLE_SHARE = 0.1;
// Controls other than tab/LF/CR/FF, and U+FFFD left behind by lossy decoding.
const UNPRINTABLE = /[^\P{Cc}\t\n\r\f]|\uFFFD/gu;

/** True when the text looks like binary data: a NUL byte, or mostly unprintable characters. */
export function isBinaryText(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, SAMPLE_CHARS);
  const unprintable = sample.match(UNPRINTABLE)?.length ?? 0;
  return sample.length > 0 && unprintable / sample.length > MAX_UNPRINTABLE_SHARE;
}
