import { z } from 'zod';
import { HealthieError } from '../../../healthie/errors.ts';
import { healthieOperations, validationOnly } from '../../../healthie/operation-catalogue.ts';
import type { IntegrationContext } from '../../context.ts';
import { clientForWorkspace } from '../connection-client.ts';

/** A Healthie API version: a published release date (Healthie refuses other dates itself). */
export const apiVersionSchema = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'version is a Healthie API version such as 2026-07-01');

export const versionCheckInput = z.object({ version: apiVersionSchema });

export interface OperationCheck {
  operation: string;
  valid: boolean;
  /** Healthie's validation errors (about our query: fields, arguments, types), or why the version itself was refused. */
  errors: string[];
}

/**
 * The compatibility check: every operation the product sends, validated by Healthie itself at
 * `version` with the connection's own key, with every root field under `@skip(if: true)`, so Healthie
 * validates the whole document and executes nothing: no data is read or changed. Healthie's own
 * validator decides, so graphql-ruby's rules and the version's schema are exactly what is checked.
 * The connection itself is not touched (its version, status and notices stay as they are).
 */
export async function checkApiVersion(ctx: IntegrationContext, input: { workspaceId: string; version: string }): Promise<OperationCheck[]> {
  const { client } = await clientForWorkspace(ctx, input.workspaceId, { apiVersion: input.version });
  const checks: OperationCheck[] = [];
  for (const operation of healthieOperations) {
    try {
      const { errors } = await client.transport.validateOnly(validationOnly(operation.document), operation.name, operation.validationVariables);
      checks.push({ operation: operation.name, valid: errors.length === 0, errors: errors.map((e) => e.message) });
    } catch (error) {
      const refusal = error instanceof HealthieError ? error.versionRefusal : null;
      if (!refusal) throw error;
      // The version itself is refused: no operation can pass, and asking again for each changes nothing.
      const floor = refusal.minimumSupportedVersion ? ` (the oldest it accepts is ${refusal.minimumSupportedVersion})` : '';
      return healthieOperations.map(({ name }) => ({ operation: name, valid: false, errors: [`Healthie does not accept API version ${input.version}${floor}`] }));
    }
  }
  return checks;
}
