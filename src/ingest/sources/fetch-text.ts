import { FETCH_TIMEOUT_MS, MAX_INPUT_BYTES, USER_AGENT } from './defaults.js';
import type { UrlSourceOptions } from './types.js';

/** A fetched response body, decoded. */
export interface FetchedText {
  /** Final URL, after redirects. */
  url: string;
  status: number;
  statusText: string;
  contentType: string;
  text: string;
}

const ACCEPT =
  'text/html,application/xhtml+xml,application/json;q=0.9,application/rss+xml,application/atom+xml,application/xml;q=0.8,*/*;q=0.5';

function charsetOf(contentType: string, head: Uint8Array): string {
  const declared = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1];
  // Pages often name their charset only in <meta charset="...">, within the first bytes.
  const sniffed = /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(
    Buffer.from(head.subarray(0, 2048)).toString('latin1'),
  )?.[1];
  return declared ?? sniffed ?? 'utf-8';
}

function decode(bytes: Uint8Array, charset: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  // Lossy on purpose: web pages with a stray bad byte are common; mostly-garbage text is caught as binary later.
  return decoder.decode(bytes);
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes)
    throw new Error(`response is ${declared} bytes, over the limit of ${maxBytes} bytes`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error(`response is over the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * GETs a URL with a timeout covering the whole body and a cap on its size.
 *
 * @throws Error with a one-line reason on timeout, network failure or an oversized body.
 */
export async function fetchText(
  url: string,
  {
    fetch = globalThis.fetch,
    timeoutMs = FETCH_TIMEOUT_MS,
    maxInputBytes = MAX_INPUT_BYTES,
    userAgent = USER_AGENT,
  }: UrlSourceOptions = {},
): Promise<FetchedText> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      signal,
      headers: { 'user-agent': userAgent, accept: ACCEPT },
    });
    const contentType = response.headers.get('content-type') ?? '';
    const bytes = await readCapped(response, maxInputBytes);
    return {
      url: response.url || url,
      status: response.status,
      statusText: response.statusText,
      contentType,
      text: decode(bytes, charsetOf(contentType, bytes)),
    };
  } catch (error) {
    if (signal.aborted) throw new Error(`timed out after ${timeoutMs} ms`);
    throw error;
  }
}
