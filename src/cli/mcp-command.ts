import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListResourcesRequestSchema, ListToolsRequestSchema, ReadResourceRequestSchema } from '@modelcontextprotocol/sdk/types.js';

export const mcpUsage = 'mcp --url <server> --token <key>  the assistant tools over stdio, for desktop assistants (talks to a running server)';

/**
 * `healthie-connect mcp`: a desktop assistant speaks MCP over stdio to this process, which passes
 * every request to the server's /api/mcp with the workspace key. The server does the work, so this
 * runs beside a server that holds the embedded database.
 */
export async function runMcpCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { url: { type: 'string' }, token: { type: 'string' } }, strict: true });
  const token = values.token ?? process.env.HEALTHIE_CONNECT_TOKEN;
  if (!values.url || !token) {
    process.stderr.write(`Usage: healthie-connect ${mcpUsage}\n(the token may also come from HEALTHIE_CONNECT_TOKEN)\n`);
    return 1;
  }
  const remote = new Client({ name: 'healthie-connect-stdio', version: '1.0.0' });
  await remote.connect(new StreamableHTTPClientTransport(new URL('/api/mcp', values.url), { requestInit: { headers: { authorization: `Bearer ${token}` } } }));
  const local = new Server({ name: 'healthie-connect', version: '1.0.0' }, { capabilities: { tools: {}, resources: {} } });
  local.setRequestHandler(ListToolsRequestSchema, (request) => remote.listTools(request.params));
  local.setRequestHandler(CallToolRequestSchema, (request) => remote.callTool(request.params));
  local.setRequestHandler(ListResourcesRequestSchema, (request) => remote.listResources(request.params));
  local.setRequestHandler(ReadResourceRequestSchema, (request) => remote.readResource(request.params));
  local.onclose = () => void remote.close();
  await local.connect(new StdioServerTransport());
  return 0;
}
