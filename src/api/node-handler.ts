import type { IncomingMessage, ServerResponse } from 'node:http';

interface FetchApp {
  (req: IncomingMessage, res: ServerResponse): unknown;
  fetch(input: string, init: RequestInit): Promise<Response> | Response;
}

const tooLarge = (res: ServerResponse, maxBytes: number) => {
  res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
  res.end(
    JSON.stringify({
      errors: [
        {
          message: `request body exceeds the limit of ${maxBytes} bytes`,
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    }),
  );
};

/**
 * The HTTP handler for `node:http`. A body announced with `content-length` is checked by the app
 * (useBodyLimit) before it is read; a chunked body has no length, so it is read here with a
 * running count and refused with 413 as soon as it passes `maxBytes`.
 */
export function createNodeHandler(app: FetchApp, { maxBytes }: { maxBytes: number }) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    if (!hasBody || req.headers['content-length'] !== undefined) return app(req, res);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        tooLarge(res, maxBytes);
        req.destroy();
        return;
      }
      chunks.push(chunk as Buffer);
    }
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined && k !== 'transfer-encoding')
        headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    const response = await app.fetch(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
      method: req.method ?? 'POST',
      headers,
      body: Buffer.concat(chunks),
    });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (!response.body) return res.end();
    // the app's streams are its own WHATWG ponyfill: read them with a reader, not Readable.fromWeb
    const reader = response.body.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read())
      res.write(part.value);
    res.end();
  };
}
