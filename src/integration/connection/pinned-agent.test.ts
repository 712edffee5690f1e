import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinnedAgent } from './pinned-agent.ts';

let port = 0;
const server = createServer((_req, res) => res.end('reached'));
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => void server.close());

describe('pinned agent', () => {
  it('connects a Healthie host name to the checked address without asking DNS again', async () => {
    // The name does not resolve here at all: only the pinned address can have answered.
    const res = await fetch(`http://api-pinned.gethealthie.com:${port}/`, { dispatcher: pinnedAgent('api-pinned.gethealthie.com', ['127.0.0.1']) });
    expect(await res.text()).toBe('reached');
  });

  // undici installs its dispatcher as Node's global one on import; a major other than the one Node
  // bundles breaks every plain fetch in the process (the embedded sandbox's webhook calls among them).
  it("keeps Node's own fetch working beside the pinned agent", async () => {
    await fetch(`http://api-pinned.gethealthie.com:${port}/`, { dispatcher: pinnedAgent('api-pinned.gethealthie.com', ['127.0.0.1']) });
    const res = await globalThis.fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '2' }, body: '{}' });
    expect(await res.text()).toBe('reached');
  });

  it('connects no other host name through the same agent', async () => {
    const agent = pinnedAgent('api-pinned.gethealthie.com', ['127.0.0.1']);
    await expect(fetch(`http://elsewhere.example:${port}/`, { dispatcher: agent })).rejects.toMatchObject({ cause: { code: 'ENOTFOUND' } });
  });
});
