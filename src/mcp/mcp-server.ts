import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { HealthieError } from '../healthie/errors.ts';
import type { IntegrationContext } from '../integration/context.ts';
import { runOperation, type Caller } from '../operations/operation.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../workspace/audit.ts';
import { assistantTools, type AssistantTool } from './assistant-tools.ts';
import { assistantResources } from './assistant-resources.ts';

const TARGET_KEYS = ['eventId', 'memberId', 'calendarId', 'healthieAppointmentId', 'providerId', 'appointmentTypeId', 'eventTypeId'] as const;

/** The ids a call names: what its audit entry records (never the free text of a query, which can be a name). */
function targetsOf(args: unknown): Record<string, string> {
  const input = (args ?? {}) as Record<string, unknown>;
  return Object.fromEntries(TARGET_KEYS.flatMap((key) => (typeof input[key] === 'string' ? [[key, input[key] as string]] : [])));
}

async function callTool(ctx: IntegrationContext, caller: Caller, tool: AssistantTool, args: unknown): Promise<CallToolResult> {
  const targets = targetsOf(args);
  const [targetType, targetId] = Object.entries(targets)[0] ?? [null, null];
  const audit = (details: Record<string, unknown>) =>
    recordAudit(ctx.database.db, {
      workspaceId: caller.workspaceId,
      actor: caller.actor,
      action: 'assistant.tool_called',
      ...(targetType ? { target: { type: targetType.replace(/Id$/, ''), id: targetId! } } : {}),
      details: { tool: tool.operation.name, ...targets, ...details },
    });
  try {
    const output = (await runOperation(ctx, caller, tool.operation, args)) as Record<string, unknown>;
    await audit({ ok: true, ...(typeof output.status === 'string' ? { status: output.status } : {}) });
    return { content: [{ type: 'text', text: JSON.stringify(output) }], structuredContent: output };
  } catch (error) {
    // Our own words only: a database error's text can quote the values it was sent.
    const known = error instanceof AppError || error instanceof HealthieError ? error : null;
    if (!known) ctx.logger.error({ tool: tool.operation.name, err: { type: (error as Error).name } }, 'assistant tool failed');
    const code = known?.code ?? 'internal_error';
    await audit({ ok: false, code });
    return { isError: true, content: [{ type: 'text', text: `${code}: ${known?.message ?? 'The tool failed on our side; try again, and tell your administrator if it persists.'}` }] };
  }
}

/**
 * The assistant's view of one workspace, for one caller (a workspace API key): every tool is an
 * operation checked for the key's scopes and the workspace's features, every call audited.
 */
export function createMcpServer(ctx: IntegrationContext, caller: Caller): McpServer {
  const server = new McpServer({ name: 'healthie-connect', version: '1.0.0' }, { capabilities: { tools: {}, resources: {} } });
  for (const tool of assistantTools) {
    server.registerTool(
      tool.operation.name,
      {
        description: tool.description,
        inputSchema: tool.operation.input,
        outputSchema: tool.operation.output,
        annotations: { readOnlyHint: !tool.writes, destructiveHint: Boolean(tool.writes), openWorldHint: true },
      },
      (args: unknown) => callTool(ctx, caller, tool, args),
    );
  }
  for (const resource of assistantResources) {
    server.registerResource(resource.name, resource.uri, { description: resource.description, mimeType: resource.mimeType }, async (uri) => ({
      contents: [{ uri: uri.href, mimeType: resource.mimeType, text: await resource.read(ctx, caller) }],
    }));
  }
  return server;
}
