import type { HealthiePatient } from '../../api/api-types.ts';
import { patientName } from './patient-name.ts';
import { PersonSummary } from './person-summary.tsx';

export function PatientSummary({ patient }: { patient: HealthiePatient }) {
  return <PersonSummary caption={`Healthie patient ${patient.id}`} name={patientName(patient)} email={patient.email} phone={patient.phone} />;
}
