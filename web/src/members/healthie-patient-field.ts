/** The member field that links a member to a Healthie patient. */
export const HEALTHIE_PATIENT_ID = 'healthie:patient_id';
