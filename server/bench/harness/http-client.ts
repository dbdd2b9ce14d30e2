import http from 'node:http';

/**
 * A small HTTP client on node:http with keep-alive and no timeouts (a pay call over 10,000
 * partners may legitimately run for minutes; fetch would give up on headers after 300 s).
 */
export const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export interface HttpAnswer {
  status: number;
  body: string;
}

export function post(url: string, body: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** A GraphQL request; throws on an HTTP error or a GraphQL error (a benchmark must not count failures as work). */
export async function graphql<T = any>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const answer = await post(`${url}/graphql`, JSON.stringify({ query, variables }), token ? { authorization: `Bearer ${token}` } : {});
  let parsed: { data?: T; errors?: unknown[] };
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    throw new Error(`GraphQL answered ${answer.status}: ${answer.body.slice(0, 500)}`);
  }
  if (answer.status !== 200 || parsed.errors) throw new Error(`GraphQL answered ${answer.status}: ${answer.body.slice(0, 1000)}`);
  return parsed.data as T;
}

/** Downloads a response, counting bytes and lines as they arrive (nothing is kept). */
export function download(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; ms: number; firstByteMs: number; bytes: number; lines: number; error?: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      let firstByteMs = -1;
      let bytes = 0;
      let lines = 0;
      const errorChunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => {
        if (firstByteMs < 0) firstByteMs = performance.now() - started;
        bytes += chunk.length;
        for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
        if (response.statusCode !== 200 && errorChunks.length < 10) errorChunks.push(chunk);
      });
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          ms: performance.now() - started,
          firstByteMs,
          bytes,
          lines,
          error: response.statusCode === 200 ? undefined : Buffer.concat(errorChunks).toString('utf8').slice(0, 500),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/** Runs `clients` loops calling `work` until `durationMs` has passed; answers the elapsed time. */
export async function closedLoop(clients: number, durationMs: number, work: (client: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < deadline) await work(client);
    }),
  );
  return performance.now() - started;
}
