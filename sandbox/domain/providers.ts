// Providers and staff (organization members): createOrganizationMembership and the control API.
import { isValidTimeZone } from '../datetime.ts';
import { newUser } from '../store/new-user.ts';
import type { Membership, Permissions, UserRecord } from '../store/records.ts';
import { changedColumns } from './changes.ts';
import {
  cantBeBlank,
  failed,
  isBlank,
  isEmail,
  isInvalid,
  notFound,
  notPermitted,
  succeeded,
  type ChangeContext,
  type FieldError,
  type Outcome,
} from './outcome.ts';

export interface ProviderInput {
  first_name?: string | null;
  last_name?: string | null;
  email?: string | null;
  phone_number?: string | null;
  timezone?: string | null;
  title?: string | null;
  org_role?: string | null;
  state_licenses?: string[] | null;
  permissions?: Partial<Permissions> | null;
}

export const standardPermissions: Permissions = {
  isAdmin: false,
  canListOrganizationMembers: true,
  canAddMembers: false,
  canAddClients: true,
  canEditAppointmentTypes: false,
};

const providerColumns: Partial<Record<keyof UserRecord, string>> = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  phoneNumber: 'phone_number',
  timezone: 'timezone',
};

export function createProvider(context: ChangeContext, input: ProviderInput): Outcome<UserRecord> {
  const { store, actor, now } = context;
  if (!actor.membership?.permissions.canAddMembers) return failed([notPermitted('add organization members')]);
  const messages: FieldError[] = [];
  if (isBlank(input.first_name)) messages.push(cantBeBlank('first_name'));
  if (isBlank(input.last_name)) messages.push(cantBeBlank('last_name'));
  if (isBlank(input.email)) messages.push(cantBeBlank('email'));
  messages.push(...validateProviderFields(context, input, null));
  if (messages.length > 0) return failed(messages);

  const timestamp = now();
  const membership: Membership = {
    id: store.nextId('membership'),
    orgRole: input.org_role === 'Support' ? 'Support' : 'Standard',
    title: input.title ?? null,
    isOwner: false,
    stateLicenses: input.state_licenses ?? [],
    permissions: { ...standardPermissions, ...input.permissions },
  };
  const provider = newUser({
    id: store.nextId('user'),
    organizationId: actor.organizationId,
    firstName: (input.first_name ?? '').trim(),
    lastName: (input.last_name ?? '').trim(),
    email: (input.email ?? '').trim(),
    phoneNumber: input.phone_number ?? null,
    timezone: input.timezone ?? null,
    createdAt: timestamp,
    membership,
  });
  store.addUser(provider);
  context.emit({
    eventType: 'organization_membership.created',
    resourceId: membership.id,
    resourceIdType: 'OrganizationMembership',
    changedFields: [],
  });
  return succeeded(provider);
}

export function updateProvider(context: ChangeContext, id: string, input: ProviderInput): Outcome<UserRecord> {
  const provider = context.store.users.get(id);
  if (!provider?.membership) throw notFound('User', id);
  const messages: FieldError[] = [];
  if (input.first_name !== undefined && isBlank(input.first_name)) messages.push(cantBeBlank('first_name'));
  if (input.last_name !== undefined && isBlank(input.last_name)) messages.push(cantBeBlank('last_name'));
  if (input.email !== undefined && isBlank(input.email)) messages.push(cantBeBlank('email'));
  messages.push(...validateProviderFields(context, input, provider));
  if (messages.length > 0) return failed(messages);

  const before = { ...provider };
  context.store.changeUser(provider, (record) => {
    if (input.first_name != null) record.firstName = input.first_name.trim();
    if (input.last_name != null) record.lastName = input.last_name.trim();
    if (input.email != null) record.email = input.email.trim();
    if (input.phone_number !== undefined) record.phoneNumber = input.phone_number;
    if (input.timezone !== undefined) record.timezone = input.timezone;
    const membership = record.membership;
    if (!membership) return;
    if (input.title !== undefined) membership.title = input.title;
    if (input.org_role === 'Standard' || input.org_role === 'Support') membership.orgRole = input.org_role;
    if (input.state_licenses) membership.stateLicenses = input.state_licenses;
    if (input.permissions) membership.permissions = { ...membership.permissions, ...input.permissions };
  });
  const changedFields = changedColumns(before, provider, providerColumns);
  provider.updatedAt = context.now();
  context.emit({ eventType: 'organization_member.updated', resourceId: provider.id, resourceIdType: 'OrganizationMember', changedFields });
  return succeeded(provider);
}

/** Healthie fires no webhook when a membership is deleted. */
export function deleteProvider(context: ChangeContext, id: string): UserRecord {
  const provider = context.store.users.get(id);
  if (!provider?.membership) throw notFound('User', id);
  context.store.removeUser(provider);
  return provider;
}

function validateProviderFields(context: ChangeContext, input: ProviderInput, existing: UserRecord | null): FieldError[] {
  const messages: FieldError[] = [];
  if (input.email && !isBlank(input.email)) {
    if (!isEmail(input.email)) messages.push(isInvalid('email'));
    else if (memberWithEmail(context, input.email, existing)) messages.push({ field: 'email', message: 'has already been taken' });
  }
  if (input.timezone && !isValidTimeZone(input.timezone)) messages.push(isInvalid('timezone'));
  if (input.org_role && input.org_role !== 'Standard' && input.org_role !== 'Support') messages.push(isInvalid('org_role'));
  return messages;
}

function memberWithEmail(context: ChangeContext, email: string, except: UserRecord | null): UserRecord | undefined {
  const wanted = email.trim().toLowerCase();
  for (const user of context.store.users.values()) {
    if (user !== except && user.membership && user.email?.toLowerCase() === wanted) return user;
  }
  return undefined;
}
