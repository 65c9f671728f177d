const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into lines (without `\n` or `\r\n`), leaving decoding to the caller so
 * that one line of bad UTF-8 spoils only that line. LF never occurs inside a UTF-8 sequence.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let pending = Buffer.alloc(0);
  for await (const chunk of stream) {
    pending = Buffer.concat([pending, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
    let start = 0;
    for (let end = pending.indexOf(LF); end !== -1; end = pending.indexOf(LF, start)) {
      yield trimCr(pending.subarray(start, end));
      start = end + 1;
    }
    pending = pending.subarray(start);
  }
  if (pending.length > 0) yield trimCr(pending);
}

function trimCr(line: Buffer): Buffer {
  return line.at(-1) === CR ? line.subarray(0, -1) : line;
}
