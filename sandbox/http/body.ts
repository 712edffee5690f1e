import type { IncomingMessage } from 'node:http';

const maxBodyBytes = 1_000_000;

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBodyBytes) throw new Error('Request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** The operation name a GraphQL request body names, for counting; null when it names none. */
export function operationNameOf(body: Buffer): string | null {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { operationName?: unknown; query?: unknown };
    if (typeof parsed.operationName === 'string' && parsed.operationName) return parsed.operationName;
    if (typeof parsed.query === 'string') return /^\s*(?:query|mutation)\s+(\w+)/.exec(parsed.query)?.[1] ?? null;
  } catch {
    // not JSON: counted without a name
  }
  return null;
}
