import type { Plugin } from 'graphql-yoga';

/** Refuses request bodies over `maxBytes` before they are read, with 413 and a JSON reason. */
export function useBodyLimit({ maxBytes }: { maxBytes: number }): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > maxBytes) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: `request body of ${length} bytes exceeds the limit of ${maxBytes}`,
                  extensions: { code: 'PAYLOAD_TOO_LARGE' },
                },
              ],
            }),
            { status: 413, headers: { 'content-type': 'application/json' } },
          ),
        );
      }
    },
  };
}
