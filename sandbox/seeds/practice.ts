// Every seed starts with one organization, its owner (the admin whose API key comes first) and a
// front-desk user whose key cannot list organization members.
import { issueApiKey } from '../domain/api-keys.ts';
import { standardPermissions } from '../domain/providers.ts';
import type { ApiKeyRecord, Permissions, UserRecord } from '../store/records.ts';
import { newUser } from '../store/new-user.ts';
import type { Store } from '../store/store.ts';

export interface ProviderSeed {
  firstName: string;
  lastName: string;
  email: string;
  timezone: string;
  title: string | null;
  orgRole?: 'Standard' | 'Support';
  stateLicenses?: string[];
  permissions?: Partial<Permissions>;
}

export interface Practice {
  admin: UserRecord;
  frontDesk: UserRecord;
  apiKeys: ApiKeyRecord[];
}

const allPermissions: Permissions = {
  isAdmin: true,
  canListOrganizationMembers: true,
  canAddMembers: true,
  canAddClients: true,
  canEditAppointmentTypes: true,
};

export function seedPractice(store: Store, createdAt: number, organizationName: string): Practice {
  const organizationId = store.nextId('organization');
  const admin = providerRecord(store, organizationId, createdAt, {
    firstName: 'Amelia',
    lastName: 'Hart',
    email: 'amelia.hart@harborfamilyhealth.example.com',
    timezone: 'America/New_York',
    title: 'MD, Medical Director',
    stateLicenses: ['CA', 'NY'],
    permissions: allPermissions,
  });
  admin.membership = admin.membership && { ...admin.membership, isOwner: true };
  const frontDesk = providerRecord(store, organizationId, createdAt, {
    firstName: 'Frankie',
    lastName: 'Lee',
    email: 'frankie.lee@harborfamilyhealth.example.com',
    timezone: 'America/Los_Angeles',
    title: 'Front desk',
    orgRole: 'Support',
    permissions: { canListOrganizationMembers: false },
  });
  store.organization = {
    id: organizationId,
    name: organizationName,
    phoneNumber: '(415) 555-0100',
    email: 'hello@harborfamilyhealth.example.com',
    ownerId: admin.id,
    createdAt,
  };
  store.addUser(admin);
  store.addUser(frontDesk);
  const apiKeys = [
    issueApiKey(store, admin.id, 'Demo admin: Amelia Hart (full access, can list organization members)', createdAt, 'admin'),
    issueApiKey(store, frontDesk.id, 'Front desk: Frankie Lee (cannot list organization members)', createdAt, 'front-desk'),
  ];
  return { admin, frontDesk, apiKeys };
}

export function providerRecord(store: Store, organizationId: string, createdAt: number, seed: ProviderSeed): UserRecord {
  return newUser({
    id: store.nextId('user'),
    organizationId,
    firstName: seed.firstName,
    lastName: seed.lastName,
    email: seed.email,
    timezone: seed.timezone,
    createdAt,
    membership: {
      id: store.nextId('membership'),
      orgRole: seed.orgRole ?? 'Standard',
      title: seed.title,
      isOwner: false,
      stateLicenses: seed.stateLicenses ?? ['CA'],
      permissions: { ...standardPermissions, ...seed.permissions },
    },
  });
}
