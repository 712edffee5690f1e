import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { Agent } from 'undici';

const agents = new Map<string, Agent>();
const MAX_AGENTS = 32;

/**
 * An HTTP agent that reaches `hostname` only at `addresses`, the ones the Base URL check resolved
 * and found public: the connection never asks DNS again, so a name that re-resolves to a private
 * address afterwards (DNS rebinding) is never connected to. TLS still verifies the hostname.
 * Agents are kept per hostname and addresses, so connections are reused between clients.
 */
export function pinnedAgent(hostname: string, addresses: readonly string[]): Agent {
  const key = `${hostname} ${[...addresses].sort().join(',')}`;
  let agent = agents.get(key);
  if (!agent) {
    if (agents.size >= MAX_AGENTS) {
      const [oldest] = agents;
      agents.delete(oldest![0]);
      void oldest![1].close();
    }
    agent = new Agent({ connect: { lookup: pinnedLookup(hostname, addresses) } });
    agents.set(key, agent);
  }
  return agent;
}

function pinnedLookup(hostname: string, addresses: readonly string[]): LookupFunction {
  const entries = addresses.map((address) => ({ address, family: isIP(address) }));
  return (name, options, callback) => {
    if (name.toLowerCase() !== hostname.toLowerCase() || entries.length === 0) {
      const error = Object.assign(new Error(`${name} is not the host the Base URL was checked for`), { code: 'ENOTFOUND' });
      return callback(error, '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, all: typeof entries) => void)(null, entries);
    const [first] = entries;
    callback(null, first!.address, first!.family);
  };
}
