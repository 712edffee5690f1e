// User (patients and providers alike), currentUser, user, users (patients) and organizationMembers.
import { displayableKey } from '../../domain/api-keys.ts';
import type { AppointmentRecord, UserRecord } from '../../store/records.ts';
import { paginate, wholeIndex, type OrderedView } from '../../store/connection.ts';
import { SortedIndex, type SortKey } from '../../store/sorted-index.ts';
import { requireViewer, type SandboxContext } from '../context.ts';
import { connectionOf, emptyConnection } from '../connection-result.ts';
import type { PagingArgs, ResolverMap } from '../resolver-map.ts';

interface UsersArgs extends PagingArgs {
  active_status?: string | null;
  keywords?: string | null;
  ids?: (string | null)[] | null;
  provider_id?: string | null;
  limited_to_provider?: boolean | null;
  show_all_by_default?: boolean | null;
  order_by?: string | null;
  sort_by?: string | null;
}

const fullName = (user: UserRecord) => `${user.firstName} ${user.lastName}`.trim();

export const userResolvers: ResolverMap = {
  Query: {
    currentUser: (_: unknown, __: unknown, context: SandboxContext) => context.viewer,
    user: (_: unknown, args: { id?: string | null; or_current_user?: boolean | null }, context: SandboxContext) => {
      const viewer = requireViewer(context);
      const user = args.id ? context.state.store.users.get(args.id) : undefined;
      if (user && user.organizationId === viewer.organizationId) return user;
      return args.or_current_user || !args.id ? viewer : null;
    },
    users: (_: unknown, args: UsersArgs, context: SandboxContext) => {
      const viewer = requireViewer(context);
      if (!viewer.membership) return emptyConnection();
      if (args.show_all_by_default === false && !args.keywords) return emptyConnection();
      const matches = patientFilter(viewer, args);
      const view = patientOrder(context, args, matches);
      if (view.filtered) return connectionOf(paginate(view.view, () => true, args));
      const signature = JSON.stringify([viewer.id, args.active_status, args.keywords, args.ids, args.provider_id, args.limited_to_provider]);
      return connectionOf(paginate(view.view, matches, args, signature));
    },
    organizationMembers: (_: unknown, args: PagingArgs & { licensed_in_state?: string | null }, context: SandboxContext) => {
      const viewer = requireViewer(context);
      if (!viewer.membership?.permissions.canListOrganizationMembers) return emptyConnection();
      const state = args.licensed_in_state?.toUpperCase();
      const matches = (user: UserRecord) =>
        user.organizationId === viewer.organizationId &&
        user.active &&
        (!state || Boolean(user.membership?.stateLicenses.includes(state)));
      return connectionOf(paginate(wholeIndex(context.state.store.membersByName), matches, args));
    },
  },
  User: {
    id: (user: UserRecord) => user.id,
    first_name: (user: UserRecord) => user.firstName,
    last_name: (user: UserRecord) => user.lastName,
    name: fullName,
    full_name: fullName,
    legal_name: (user: UserRecord) => user.legalName,
    record_identifier: (user: UserRecord) => user.recordIdentifier,
    npi: (user: UserRecord) => user.npi,
    archived_at: (user: UserRecord, _: unknown, context: SandboxContext) => context.datetime(user.archivedAt),
    first_name_last_initial: (user: UserRecord) => `${user.firstName} ${user.lastName.slice(0, 1)}.`.trim(),
    phone_number: (user: UserRecord) => user.phoneNumber,
    is_patient: (user: UserRecord) => user.membership === null,
    dietitian_id: (user: UserRecord) => user.dietitianId,
    organization_id: (user: UserRecord) => (user.membership ? user.organizationId : null),
    organization: (user: UserRecord, _: unknown, context: SandboxContext) => (user.membership ? context.state.store.organization : null),
    organization_membership: (user: UserRecord) => (user.membership ? { ...user.membership, user } : null),
    has_api_access: (user: UserRecord) => user.membership !== null,
    created_at: (user: UserRecord, _: unknown, context: SandboxContext) => context.datetime(user.createdAt),
    updated_at: (user: UserRecord, _: unknown, context: SandboxContext) => context.datetime(user.updatedAt),
    appointments: (user: UserRecord, _: unknown, context: SandboxContext) => appointmentsOf(user, context),
    upcoming_appointments: (user: UserRecord, _: unknown, context: SandboxContext) => {
      const now = context.state.now();
      return appointmentsOf(user, context).filter((appointment) => appointment.startsAt >= now);
    },
    api_keys: (user: UserRecord, args: PagingArgs, context: SandboxContext) => {
      const viewer = requireViewer(context);
      if (viewer.id !== user.id && !viewer.membership?.permissions.isAdmin) return emptyConnection();
      const keys = [...context.state.store.apiKeys.values()].filter((key) => key.userId === user.id && key.revokedAt === null);
      const index = SortedIndex.of(keys, (key) => [key.createdAt, Number(key.id)]);
      return connectionOf(paginate(wholeIndex(index, true), () => true, args));
    },
  },
  ApiKey: {
    displayable_key: displayableKey,
    created_at: (apiKey: { createdAt: number }, _: unknown, context: SandboxContext) => context.datetime(apiKey.createdAt),
  },
};

function appointmentsOf(user: UserRecord, context: SandboxContext): AppointmentRecord[] {
  const { store } = context.state;
  return (user.membership ? store.appointmentsOfProvider(user.id) : store.appointmentsOfPatient(user.id)).toArray();
}

// active_status: "When passed in, only patients of the specified active status will be returned"; without
// it, active and archived patients alike.
const activeStatuses: Record<string, boolean> = { active: true, archived: false };

function patientFilter(viewer: UserRecord, args: UsersArgs): (user: UserRecord) => boolean {
  const active = activeStatuses[args.active_status ?? ''];
  const matchesKeywords = keywordSearch(args.keywords ?? '');
  const ids = args.ids?.length ? new Set(args.ids) : null;
  const providerId = args.provider_id ?? (args.limited_to_provider ? viewer.id : null);
  return (user) =>
    user.organizationId === viewer.organizationId &&
    (active === undefined || user.active === active) &&
    (!ids || ids.has(user.id)) &&
    (!providerId || user.dietitianId === providerId) &&
    matchesKeywords(user);
}

// The patient guide: keywords search id, first_name, legal_name, last_name, record_identifier, email,
// dob and npi (not phone numbers), and a patient must match every space-separated term.
function keywordSearch(keywords: string): (user: UserRecord) => boolean {
  const terms = keywords.toLowerCase().split(/\s+/).filter(Boolean);
  return (user) => {
    const fields = [user.firstName, user.legalName, user.lastName, user.recordIdentifier, user.email, user.dob, user.npi].map((field) => field?.toLowerCase());
    return terms.every((term) => term === user.id || fields.some((field) => field?.includes(term)));
  };
}

const legacySortBy: Record<string, string> = {
  email: 'EMAIL_ASC',
  first_name_asc: 'FIRST_NAME_ASC',
  first_name_desc: 'FIRST_NAME_DESC',
  last_name_asc: 'LAST_NAME_ASC',
  last_name_desc: 'LAST_NAME_DESC',
  created_at_asc: 'CREATED_AT_ASC',
  created_at_desc: 'CREATED_AT_DESC',
  updated_at_asc: 'UPDATED_AT_ASC',
  updated_at_desc: 'UPDATED_AT_DESC',
};

const patientKeys: Record<string, (user: UserRecord) => SortKey> = {
  EMAIL: (user) => [user.email?.toLowerCase() ?? '', Number(user.id)],
  FIRST_NAME: (user) => [user.firstName.toLowerCase(), user.lastName.toLowerCase(), Number(user.id)],
  CREATED_AT: (user) => [user.createdAt, Number(user.id)],
  UPDATED_AT: (user) => [user.updatedAt, Number(user.id)],
};

/** Last name order is indexed; any other order sorts the matching patients for this request. */
function patientOrder(
  context: SandboxContext,
  args: UsersArgs,
  matches: (user: UserRecord) => boolean,
): { view: OrderedView<UserRecord>; filtered: boolean } {
  const order = args.order_by ?? legacySortBy[args.sort_by ?? ''] ?? 'LAST_NAME_ASC';
  const descending = order.endsWith('_DESC');
  const keyOf = patientKeys[order.replace(/_(ASC|DESC)$/, '')];
  const byName = context.state.store.patientsByName;
  if (!keyOf) return { view: wholeIndex(byName, descending), filtered: false };
  const matching: UserRecord[] = [];
  for (let position = 0; position < byName.size; position++) {
    const user = byName.at(position);
    if (matches(user)) matching.push(user);
  }
  return { view: wholeIndex(SortedIndex.of(matching, keyOf), descending), filtered: true };
}
