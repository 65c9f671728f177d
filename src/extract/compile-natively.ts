/**
 * V8 runs a regex's first search in its bytecode interpreter and compiles the regex again, to
 * machine code, for the next one; for patterns as large as the relation rules (up to 13 KB),
 * building the bytecode costs several times more than the machine code. A first search of a
 * text of 1,000 characters or more goes straight to machine code. V8 compiles a regex once per
 * string width, and sentence templates are two-byte strings ("⟦"), so the long text is too.
 */
const LONG_TWO_BYTE_TEXT = `${' '.repeat(1000)}⟧`;

const compiled = new WeakSet<RegExp>();

/** Has V8 compile `regex` to machine code now, once, rather than twice over its first searches. */
export function compileNatively(regex: RegExp): void {
  if (compiled.has(regex)) return;
  compiled.add(regex);
  regex.exec(LONG_TWO_BYTE_TEXT);
  regex.lastIndex = 0;
}
