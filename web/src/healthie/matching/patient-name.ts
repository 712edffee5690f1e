import type { HealthiePatient } from '../../api/api-types.ts';

export const patientName = (patient: HealthiePatient) => patient.name || `${patient.firstName} ${patient.lastName}`.trim();
