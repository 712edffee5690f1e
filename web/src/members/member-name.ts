import type { Member } from '../api/api-types.ts';

export const memberName = (member: Pick<Member, 'firstName' | 'lastName'>) => `${member.firstName} ${member.lastName}`.trim();
