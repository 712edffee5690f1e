// Organization, OrganizationMembership and createOrganizationMembership.
import { createProvider, type ProviderInput } from '../../domain/providers.ts';
import type { Membership, OrganizationRecord, UserRecord } from '../../store/records.ts';
import { changeContextOf, requireViewer, type SandboxContext } from '../context.ts';
import type { ResolverMap } from '../resolver-map.ts';

type MembershipSource = Membership & { user: UserRecord };

export const organizationResolvers: ResolverMap = {
  Query: {
    organization: (_: unknown, args: { id?: string | null; provider_id?: string | null; email?: string | null }, context: SandboxContext) => {
      const viewer = requireViewer(context);
      const { store } = context.state;
      const organization = store.organization;
      if (!organization || organization.id !== viewer.organizationId) return null;
      if (args.id && args.id !== organization.id) return null;
      if (args.provider_id && store.users.get(args.provider_id)?.organizationId !== organization.id) return null;
      if (args.email && ![...store.users.values()].some((user) => user.email?.toLowerCase() === args.email?.toLowerCase())) return null;
      return organization;
    },
  },
  Mutation: {
    createOrganizationMembership: (_: unknown, { input }: { input?: ProviderInput }, context: SandboxContext) => {
      const outcome = createProvider(changeContextOf(context), input ?? {});
      const user = outcome.record;
      return {
        organizationMembership: user?.membership ? { ...user.membership, user } : null,
        currentUser: context.viewer,
        messages: outcome.messages.length > 0 ? outcome.messages : null,
      };
    },
  },
  Organization: {
    phone_number: (organization: OrganizationRecord) => organization.phoneNumber,
    organization_email: (organization: OrganizationRecord) => organization.email,
    owner_id: (organization: OrganizationRecord) => organization.ownerId,
    owner: (organization: OrganizationRecord, _: unknown, context: SandboxContext) =>
      organization.ownerId ? context.state.store.users.get(organization.ownerId) ?? null : null,
    is_active: () => true,
    payout_accounts_enabled: () => false,
    created_at: (organization: OrganizationRecord, _: unknown, context: SandboxContext) => context.datetime(organization.createdAt),
  },
  OrganizationMembership: {
    org_role: (membership: MembershipSource) => membership.orgRole,
    is_admin: (membership: MembershipSource) => membership.permissions.isAdmin,
    is_provider: (membership: MembershipSource) => membership.orgRole === 'Standard',
    can_add_members: (membership: MembershipSource) => membership.permissions.canAddMembers,
    can_add_clients: (membership: MembershipSource) => membership.permissions.canAddClients,
    can_edit_appointment_types: (membership: MembershipSource) => membership.permissions.canEditAppointmentTypes,
    show_org_tab: (membership: MembershipSource) => membership.permissions.canListOrganizationMembers,
    can_see_calendar: () => true,
    organization: (_membership: MembershipSource, _: unknown, context: SandboxContext) => context.state.store.organization,
  },
};
