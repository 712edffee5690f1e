import { z } from 'zod';
import { badRequest, forbidden } from '../platform/errors.ts';
import type { Actor } from '../workspace/audit.ts';
import { hasScope, type Scope } from '../workspace/scopes.ts';
import { featureDisabled, getWorkspace, hasFeature, type Feature, type Workspace } from '../workspace/workspaces.ts';
import type { IntegrationContext } from '../integration/context.ts';

/** Who asks, as every route and every assistant tool knows them: the workspace, the actor and what it may do. */
export interface Caller {
  workspaceId: string;
  actor: Actor;
  scopes: readonly string[];
}

/**
 * One use case, callable from the HTTP API and from the assistant's tools alike: its scope and
 * feature are declared here once and enforced for both, its input and output schemas sit beside it.
 */
export interface Operation<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> {
  name: string;
  scope: Scope;
  feature?: Feature;
  input: Input;
  output: Output;
  run(ctx: IntegrationContext, caller: Caller & { workspace: Workspace }, input: z.output<Input>): Promise<z.input<Output>>;
}

export const defineOperation = <Input extends z.ZodType, Output extends z.ZodType>(operation: Operation<Input, Output>) => operation;

/** The route config of an operation's HTTP route: the same scope and feature the operation declares. */
export const routeConfigOf = (operation: Pick<Operation, 'scope' | 'feature'>) => ({ scope: operation.scope, ...(operation.feature ? { feature: operation.feature } : {}) });

/** Checks the caller's scope and the workspace's feature (403), reads the input (400 naming the problem), then runs the operation. */
export async function runOperation<Input extends z.ZodType, Output extends z.ZodType>(
  ctx: IntegrationContext,
  caller: Caller,
  operation: Operation<Input, Output>,
  rawInput: unknown,
): Promise<z.output<Output>> {
  if (!hasScope(caller.scopes, operation.scope)) throw forbidden(`This needs the ${operation.scope} scope`);
  const workspace = await getWorkspace(ctx.database.db, caller.workspaceId);
  if (operation.feature && !hasFeature(workspace, operation.feature)) throw featureDisabled(operation.feature);
  const parsed = operation.input.safeParse(rawInput ?? {});
  if (!parsed.success) throw badRequest(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
  return operation.output.parse(await operation.run(ctx, { ...caller, workspace }, parsed.data));
}
