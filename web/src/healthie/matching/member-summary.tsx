import type { MatchedMember } from '../../api/api-types.ts';
import { memberName } from '../../members/member-name.ts';
import { PersonSummary } from './person-summary.tsx';

export function MemberSummary({ member }: { member: MatchedMember }) {
  return <PersonSummary caption="Member" name={memberName(member)} email={member.email} phone={member.phoneDisplay ?? member.phone} />;
}
