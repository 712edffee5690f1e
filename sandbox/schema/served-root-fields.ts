// The Healthie root fields the sandbox serves. The trimmed schema keeps these and every type they reach.
export const servedQueryFields = [
  'currentUser',
  'organization',
  'organizationMembers',
  'appointmentTypes',
  'appointments',
  'appointment',
  'availabilities',
  'availableSlotsForRange',
  'users',
  'user',
  'webhooks',
] as const;

export const servedMutationFields = [
  'createOrganizationMembership',
  'createClient',
  'updateClient',
  'createAppointmentType',
  'createAppointment',
  'updateAppointment',
  'deleteAppointment',
  'createAvailability',
  'deleteAvailability',
  'createWebhook',
  'updateWebhook',
  'deleteWebhook',
  'createApiKey',
  'deleteApiKey',
] as const;
