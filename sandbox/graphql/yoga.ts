// graphql-yoga serving the trimmed Healthie schema as the requested version has it (versionChanges),
// with Healthie's version rules, authentication, query limits and version warnings around execution.
import { GraphQLError } from '../graphql-js.ts';
import { createYoga, type Plugin } from 'graphql-yoga';
import { authenticate } from '../auth/authenticate.ts';
import { limitErrors, measureQuery } from '../limits/query-cost.ts';
import { VersionedSchemas } from '../schema/versioned-schemas.ts';
import type { SandboxState } from '../state.ts';
import type { UserRecord } from '../store/records.ts';
import { checkApiVersion, type VersionWarning } from '../versions.ts';
import { createSandboxContext, type SandboxContext } from './context.ts';
import type { ResolverMap } from './resolver-map.ts';
import { apiKeyResolvers } from './resolvers/api-keys.ts';
import { appointmentTypeResolvers } from './resolvers/appointment-types.ts';
import { appointmentResolvers } from './resolvers/appointments.ts';
import { availabilityResolvers } from './resolvers/availabilities.ts';
import { organizationResolvers } from './resolvers/organization.ts';
import { patientResolvers } from './resolvers/patients.ts';
import { recurringAppointmentResolvers } from './resolvers/recurring-appointments.ts';
import { userResolvers } from './resolvers/users.ts';
import { webhookResolvers } from './resolvers/webhooks.ts';
import { rubyStyleValidationErrors } from './validation-messages.ts';

const resolverMaps: ResolverMap[] = [
  userResolvers,
  patientResolvers,
  organizationResolvers,
  appointmentTypeResolvers,
  appointmentResolvers,
  availabilityResolvers,
  recurringAppointmentResolvers,
  webhookResolvers,
  apiKeyResolvers,
];

function mergeResolvers(maps: ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps) for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...fields };
  return merged;
}

interface RequestInfo {
  viewer: UserRecord | null;
  warnings: VersionWarning[];
}

export function createHealthieYoga(state: SandboxState) {
  const schemas = new VersionedSchemas(mergeResolvers(resolverMaps));
  const requests = new WeakMap<Request, RequestInfo>();
  const versionOf = (request: Request) => checkApiVersion(request.headers.get('healthie-graphql-api-version'), state.settings.apiVersionRules);

  const healthieRules: Plugin = {
    onParams({ request, setResult }) {
      const version = versionOf(request);
      if (!version.accepted) {
        setResult({ errors: [new GraphQLError(version.message, { extensions: { ...version.extensions, http: { status: 400 } } })] });
        return;
      }
      requests.set(request, { viewer: authenticate(request.headers, state.store).viewer, warnings: version.warnings });
    },
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const cost = measureQuery(args.schema, args.document, args.operationName, variables, state.settings.objectFieldCost);
      const errors = limitErrors(cost);
      if (errors.length > 0) setResultAndStopExecution({ errors: errors.map((message) => new GraphQLError(message)) });
    },
    onResultProcess({ request, result, setResult }) {
      const warnings = requests.get(request)?.warnings ?? [];
      if (warnings.length === 0 || Array.isArray(result) || Symbol.asyncIterator in result) return;
      setResult({ ...result, extensions: { ...result.extensions, warnings } });
    },
  };

  return createYoga<Record<string, unknown>, SandboxContext>({
    schema: ({ request }) => {
      const version = versionOf(request);
      return schemas.forVersion(version.accepted ? version.version : null, state.settings.versionChanges);
    },
    graphqlEndpoint: '/graphql',
    graphiql: false,
    landingPage: false,
    logging: false,
    batching: false,
    context: ({ request }) => createSandboxContext(state, requests.get(request)?.viewer ?? null),
    plugins: [healthieRules, rubyStyleValidationErrors],
  });
}
