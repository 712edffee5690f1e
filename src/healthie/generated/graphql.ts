/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AppointmentOrderKeys =
  | 'CREATED_AT_ASC'
  | 'CREATED_AT_DESC'
  | 'DATE_ASC'
  | 'DATE_DESC'
  | 'UNSORTED'
  | 'UPDATED_AT_ASC'
  | 'UPDATED_AT_DESC';

export type UserOrderKeys =
  | 'CREATED_AT_ASC'
  | 'CREATED_AT_DESC'
  | 'EMAIL_ASC'
  | 'EMAIL_DESC'
  | 'FIRST_NAME_ASC'
  | 'FIRST_NAME_DESC'
  | 'GROUP_NAME_ASC'
  | 'GROUP_NAME_DESC'
  | 'LAST_NAME_ASC'
  | 'LAST_NAME_DESC'
  | 'NEXT_APPT_DATE_ASC'
  | 'NEXT_APPT_DATE_DESC'
  | 'PROVIDER_NAME_ASC'
  | 'PROVIDER_NAME_DESC'
  | 'UPDATED_AT_ASC'
  | 'UPDATED_AT_DESC';

export type WebhookEventInput = {
  event_type: WebhookEventType;
  id?: string | number | null | undefined;
};

export type WebhookEventType =
  /** accepted_insurance_plan.created */
  | 'ACCEPTED_INSURANCE_PLAN_CREATED'
  /** accepted_insurance_plan.deleted */
  | 'ACCEPTED_INSURANCE_PLAN_DELETED'
  /** allergy_sensitivity.created */
  | 'ALLERGY_SENSITIVITY_CREATED'
  /** allergy_sensitivity.deleted */
  | 'ALLERGY_SENSITIVITY_DELETED'
  /** allergy_sensitivity.updated */
  | 'ALLERGY_SENSITIVITY_UPDATED'
  /** applied_tag.created */
  | 'APPLIED_TAG_CREATED'
  /** applied_tag.deleted */
  | 'APPLIED_TAG_DELETED'
  /** appointment.created */
  | 'APPOINTMENT_CREATED'
  /** appointment.deleted */
  | 'APPOINTMENT_DELETED'
  /** appointment_form_answer_group_connection.created */
  | 'APPOINTMENT_FORM_ANSWER_GROUP_CONNECTION_CREATED'
  /** appointment_form_answer_group_connection.deleted */
  | 'APPOINTMENT_FORM_ANSWER_GROUP_CONNECTION_DELETED'
  /** appointment_form_answer_group_connection.updated */
  | 'APPOINTMENT_FORM_ANSWER_GROUP_CONNECTION_UPDATED'
  /** appointment.participant_joined */
  | 'APPOINTMENT_PARTICIPANT_JOINED'
  /** appointment.participant_left */
  | 'APPOINTMENT_PARTICIPANT_LEFT'
  /** appointment.patient_added */
  | 'APPOINTMENT_PATIENT_ADDED'
  /** appointment.patient_removed */
  | 'APPOINTMENT_PATIENT_REMOVED'
  /** appointment.recording_completed */
  | 'APPOINTMENT_RECORDING_COMPLETED'
  /** appointment.recording_started */
  | 'APPOINTMENT_RECORDING_STARTED'
  /** appointment.recording_stopped */
  | 'APPOINTMENT_RECORDING_STOPPED'
  /** appointment.transcript_available */
  | 'APPOINTMENT_TRANSCRIPT_AVAILABLE'
  /** appointment.transcript_failed */
  | 'APPOINTMENT_TRANSCRIPT_FAILED'
  /** appointment.transcript_started */
  | 'APPOINTMENT_TRANSCRIPT_STARTED'
  /** appointment.updated */
  | 'APPOINTMENT_UPDATED'
  /** availability.created */
  | 'AVAILABILITY_CREATED'
  /** availability.deleted */
  | 'AVAILABILITY_DELETED'
  /** availability.updated */
  | 'AVAILABILITY_UPDATED'
  /** billing_item.created */
  | 'BILLING_ITEM_CREATED'
  /** billing_item.deleted */
  | 'BILLING_ITEM_DELETED'
  /** billing_item.updated */
  | 'BILLING_ITEM_UPDATED'
  /** care_plan.activated */
  | 'CARE_PLAN_ACTIVATED'
  /** care_plan.created */
  | 'CARE_PLAN_CREATED'
  /** care_plan.deactivated */
  | 'CARE_PLAN_DEACTIVATED'
  /** care_plan.deleted */
  | 'CARE_PLAN_DELETED'
  /** care_plan.updated */
  | 'CARE_PLAN_UPDATED'
  /** charge_back.created */
  | 'CHARGE_BACK_CREATED'
  /** charge_back.deleted */
  | 'CHARGE_BACK_DELETED'
  /** charge_back.updated */
  | 'CHARGE_BACK_UPDATED'
  /** charting_note_addendum.created */
  | 'CHARTING_NOTE_ADDENDUM_CREATED'
  /** charting_note_addendum.deleted */
  | 'CHARTING_NOTE_ADDENDUM_DELETED'
  /** charting_note_addendum.updated */
  | 'CHARTING_NOTE_ADDENDUM_UPDATED'
  /** claim_submission.created */
  | 'CLAIM_SUBMISSION_CREATED'
  /** claim_submission.deleted */
  | 'CLAIM_SUBMISSION_DELETED'
  /** claim_submission.updated */
  | 'CLAIM_SUBMISSION_UPDATED'
  /** cms1500.created */
  | 'CMS1500_CREATED'
  /** cms1500.deleted */
  | 'CMS1500_DELETED'
  /** cms1500.updated */
  | 'CMS1500_UPDATED'
  /** comment.created */
  | 'COMMENT_CREATED'
  /** comment.deleted */
  | 'COMMENT_DELETED'
  /** comment.updated */
  | 'COMMENT_UPDATED'
  /** completed_onboarding_item.created */
  | 'COMPLETED_ONBOARDING_ITEM_CREATED'
  /** completed_onboarding_item.deleted */
  | 'COMPLETED_ONBOARDING_ITEM_DELETED'
  /** completed_onboarding_item.updated */
  | 'COMPLETED_ONBOARDING_ITEM_UPDATED'
  /** conversation.created */
  | 'CONVERSATION_CREATED'
  /** conversation_membership.created */
  | 'CONVERSATION_MEMBERSHIP_CREATED'
  /** conversation_membership.deleted */
  | 'CONVERSATION_MEMBERSHIP_DELETED'
  /** conversation_membership.viewed */
  | 'CONVERSATION_MEMBERSHIP_VIEWED'
  /** conversation.updated */
  | 'CONVERSATION_UPDATED'
  /** course_membership.created */
  | 'COURSE_MEMBERSHIP_CREATED'
  /** course_membership.deleted */
  | 'COURSE_MEMBERSHIP_DELETED'
  /** course_membership.updated */
  | 'COURSE_MEMBERSHIP_UPDATED'
  /** custom_module.created */
  | 'CUSTOM_MODULE_CREATED'
  /** custom_module.deleted */
  | 'CUSTOM_MODULE_DELETED'
  /** custom_module_form.created */
  | 'CUSTOM_MODULE_FORM_CREATED'
  /** custom_module_form.deleted */
  | 'CUSTOM_MODULE_FORM_DELETED'
  /** custom_module_form.updated */
  | 'CUSTOM_MODULE_FORM_UPDATED'
  /** custom_module.updated */
  | 'CUSTOM_MODULE_UPDATED'
  /** diagnosis.created */
  | 'DIAGNOSIS_CREATED'
  /** diagnosis.deleted */
  | 'DIAGNOSIS_DELETED'
  /** diagnosis.updated */
  | 'DIAGNOSIS_UPDATED'
  /** document.created */
  | 'DOCUMENT_CREATED'
  /** document.deleted */
  | 'DOCUMENT_DELETED'
  /** document.updated */
  | 'DOCUMENT_UPDATED'
  /** dosespot_notification.created */
  | 'DOSESPOT_NOTIFICATION_CREATED'
  /** entry.created */
  | 'ENTRY_CREATED'
  /** entry.deleted */
  | 'ENTRY_DELETED'
  /** entry.updated */
  | 'ENTRY_UPDATED'
  /** external_calendar.authorization_error */
  | 'EXTERNAL_CALENDAR_AUTHORIZATION_ERROR'
  /** family_history_condition.created */
  | 'FAMILY_HISTORY_CONDITION_CREATED'
  /** family_history_condition.deleted */
  | 'FAMILY_HISTORY_CONDITION_DELETED'
  /** family_history_condition.updated */
  | 'FAMILY_HISTORY_CONDITION_UPDATED'
  /** feature_toggle.created */
  | 'FEATURE_TOGGLE_CREATED'
  /** feature_toggle.deleted */
  | 'FEATURE_TOGGLE_DELETED'
  /** feature_toggle.updated */
  | 'FEATURE_TOGGLE_UPDATED'
  /** folder_sharing.created */
  | 'FOLDER_SHARING_CREATED'
  /** folder_sharing.deleted */
  | 'FOLDER_SHARING_DELETED'
  /** form_answer_group.created */
  | 'FORM_ANSWER_GROUP_CREATED'
  /** form_answer_group.deleted */
  | 'FORM_ANSWER_GROUP_DELETED'
  /** form_answer_group.locked */
  | 'FORM_ANSWER_GROUP_LOCKED'
  /** form_answer_group.signed */
  | 'FORM_ANSWER_GROUP_SIGNED'
  /** form_answer_group.unlocked */
  | 'FORM_ANSWER_GROUP_UNLOCKED'
  /** generated_form_answer_group.converted */
  | 'GENERATED_FORM_ANSWER_GROUP_CONVERTED'
  /** generated_form_answer_group.created */
  | 'GENERATED_FORM_ANSWER_GROUP_CREATED'
  /** generated_form_answer_group.deleted */
  | 'GENERATED_FORM_ANSWER_GROUP_DELETED'
  /** generated_form_answer_group.rejected */
  | 'GENERATED_FORM_ANSWER_GROUP_REJECTED'
  /** generated_form_answer_group.updated */
  | 'GENERATED_FORM_ANSWER_GROUP_UPDATED'
  /** goal.created */
  | 'GOAL_CREATED'
  /** goal.deleted */
  | 'GOAL_DELETED'
  /** goal_history.created */
  | 'GOAL_HISTORY_CREATED'
  /** goal_history.deleted */
  | 'GOAL_HISTORY_DELETED'
  /** goal_template.created */
  | 'GOAL_TEMPLATE_CREATED'
  /** goal_template.deleted */
  | 'GOAL_TEMPLATE_DELETED'
  /** goal_template.updated */
  | 'GOAL_TEMPLATE_UPDATED'
  /** goal.updated */
  | 'GOAL_UPDATED'
  /** insurance_authorization.created */
  | 'INSURANCE_AUTHORIZATION_CREATED'
  /** insurance_authorization.deleted */
  | 'INSURANCE_AUTHORIZATION_DELETED'
  /** insurance_authorization.updated */
  | 'INSURANCE_AUTHORIZATION_UPDATED'
  /** lab_order.created */
  | 'LAB_ORDER_CREATED'
  /** lab_order.updated */
  | 'LAB_ORDER_UPDATED'
  /** lab_result.created */
  | 'LAB_RESULT_CREATED'
  /** lab_result.updated */
  | 'LAB_RESULT_UPDATED'
  /** location.created */
  | 'LOCATION_CREATED'
  /** location.deleted */
  | 'LOCATION_DELETED'
  /** location.updated */
  | 'LOCATION_UPDATED'
  /** medication.created */
  | 'MEDICATION_CREATED'
  /** medication.deleted */
  | 'MEDICATION_DELETED'
  /** medication.updated */
  | 'MEDICATION_UPDATED'
  /** message.created */
  | 'MESSAGE_CREATED'
  /** message.deleted */
  | 'MESSAGE_DELETED'
  /** metric_entry.created */
  | 'METRIC_ENTRY_CREATED'
  /** metric_entry.deleted */
  | 'METRIC_ENTRY_DELETED'
  /** metric_entry.updated */
  | 'METRIC_ENTRY_UPDATED'
  /** notification_contact.created */
  | 'NOTIFICATION_CONTACT_CREATED'
  /** notification_contact.deleted */
  | 'NOTIFICATION_CONTACT_DELETED'
  /** notification_contact.updated */
  | 'NOTIFICATION_CONTACT_UPDATED'
  /** notification_setting.created */
  | 'NOTIFICATION_SETTING_CREATED'
  /** notification_setting.deleted */
  | 'NOTIFICATION_SETTING_DELETED'
  /** notification_setting.updated */
  | 'NOTIFICATION_SETTING_UPDATED'
  /** organization_info.created */
  | 'ORGANIZATION_INFO_CREATED'
  /** organization_info.deleted */
  | 'ORGANIZATION_INFO_DELETED'
  /** organization_info.updated */
  | 'ORGANIZATION_INFO_UPDATED'
  /** organization_membership.created */
  | 'ORGANIZATION_MEMBERSHIP_CREATED'
  /** organization_membership.updated */
  | 'ORGANIZATION_MEMBERSHIP_UPDATED'
  /** organization_member.updated */
  | 'ORGANIZATION_MEMBER_UPDATED'
  /** other_id_number.created */
  | 'OTHER_ID_NUMBER_CREATED'
  /** other_id_number.deleted */
  | 'OTHER_ID_NUMBER_DELETED'
  /** other_id_number.updated */
  | 'OTHER_ID_NUMBER_UPDATED'
  /** patient.created */
  | 'PATIENT_CREATED'
  /** patient_educational_resource.created */
  | 'PATIENT_EDUCATIONAL_RESOURCE_CREATED'
  /** patient_educational_resource.deleted */
  | 'PATIENT_EDUCATIONAL_RESOURCE_DELETED'
  /** patient_educational_resource.updated */
  | 'PATIENT_EDUCATIONAL_RESOURCE_UPDATED'
  /** patient.merged */
  | 'PATIENT_MERGED'
  /** patient.updated */
  | 'PATIENT_UPDATED'
  /** policy.created */
  | 'POLICY_CREATED'
  /** policy.deleted */
  | 'POLICY_DELETED'
  /** policy.updated */
  | 'POLICY_UPDATED'
  /** prescription.medication_status_updated */
  | 'PRESCRIPTION_MEDICATION_STATUS_UPDATED'
  /** prescription.updated */
  | 'PRESCRIPTION_UPDATED'
  /** received_direct_message.created */
  | 'RECEIVED_DIRECT_MESSAGE_CREATED'
  /** received_fax.created */
  | 'RECEIVED_FAX_CREATED'
  /** recurring_payment.created */
  | 'RECURRING_PAYMENT_CREATED'
  /** recurring_payment.updated */
  | 'RECURRING_PAYMENT_UPDATED'
  /** referral.created */
  | 'REFERRAL_CREATED'
  /** referral.deleted */
  | 'REFERRAL_DELETED'
  /** referral.updated */
  | 'REFERRAL_UPDATED'
  /** referring_physician.created */
  | 'REFERRING_PHYSICIAN_CREATED'
  /** referring_physician.deleted */
  | 'REFERRING_PHYSICIAN_DELETED'
  /** referring_physician.updated */
  | 'REFERRING_PHYSICIAN_UPDATED'
  /** requested_form_completion.created */
  | 'REQUESTED_FORM_COMPLETION_CREATED'
  /** requested_form_completion.deleted */
  | 'REQUESTED_FORM_COMPLETION_DELETED'
  /** requested_form_completion.updated */
  | 'REQUESTED_FORM_COMPLETION_UPDATED'
  /** requested_payment.created */
  | 'REQUESTED_PAYMENT_CREATED'
  /** requested_payment.deleted */
  | 'REQUESTED_PAYMENT_DELETED'
  /** requested_payment.updated */
  | 'REQUESTED_PAYMENT_UPDATED'
  /** scheduled_message.sent */
  | 'SCHEDULED_MESSAGE_SENT'
  /** sent_fax.created */
  | 'SENT_FAX_CREATED'
  /** sent_fax.status_changed */
  | 'SENT_FAX_STATUS_CHANGED'
  /** sent_fax.updated */
  | 'SENT_FAX_UPDATED'
  /** sent_notification_record.created */
  | 'SENT_NOTIFICATION_RECORD_CREATED'
  /** sent_notification_record.updated */
  | 'SENT_NOTIFICATION_RECORD_UPDATED'
  /** stripe_customer_detail.created */
  | 'STRIPE_CUSTOMER_DETAIL_CREATED'
  /** stripe_customer_detail.deleted */
  | 'STRIPE_CUSTOMER_DETAIL_DELETED'
  /** stripe_customer_detail.updated */
  | 'STRIPE_CUSTOMER_DETAIL_UPDATED'
  /** super_bill.created */
  | 'SUPER_BILL_CREATED'
  /** super_bill.deleted */
  | 'SUPER_BILL_DELETED'
  /** super_bill.updated */
  | 'SUPER_BILL_UPDATED'
  /** task.created */
  | 'TASK_CREATED'
  /** task.deleted */
  | 'TASK_DELETED'
  /** task.updated */
  | 'TASK_UPDATED'
  /** test.created */
  | 'TEST_CREATED';

export type CreateAppointmentMutationVariables = Exact<{
  userId?: string | number | null | undefined;
  providerId?: string | number | null | undefined;
  appointmentTypeId?: string | number | null | undefined;
  contactType?: string | null | undefined;
  datetime?: string | null | undefined;
  timezone?: string | null | undefined;
  locationId?: string | number | null | undefined;
  notes?: string | null | undefined;
  metadata?: unknown;
  enforceAvailability?: boolean | null | undefined;
}>;


export type CreateAppointmentMutation = { createAppointment: { appointment: { notes: string | null, id: string, date: string | null, end: string | null, length: number | null, pm_status: string | null, confirmed: boolean | null, contact_type: string | null, is_group: boolean | null, updated_at: string | null, deleted_at: string | null, metadata: unknown, appointment_type: { id: string, name: string | null, length: number | null } | null, user: { id: string } | null, attendees: Array<{ id: string }>, provider: { id: string } | null } | null, messages: Array<{ field: string | null, message: string } | null> | null } | null };

export type UpdateAppointmentMutationVariables = Exact<{
  id?: string | number | null | undefined;
  datetime?: string | null | undefined;
  timezone?: string | null | undefined;
  contactType?: string | null | undefined;
  locationId?: string | number | null | undefined;
  notes?: string | null | undefined;
  pmStatus?: string | null | undefined;
  enforceAvailability?: boolean | null | undefined;
}>;


export type UpdateAppointmentMutation = { updateAppointment: { appointment: { notes: string | null, id: string, date: string | null, end: string | null, length: number | null, pm_status: string | null, confirmed: boolean | null, contact_type: string | null, is_group: boolean | null, updated_at: string | null, deleted_at: string | null, metadata: unknown, appointment_type: { id: string, name: string | null, length: number | null } | null, user: { id: string } | null, attendees: Array<{ id: string }>, provider: { id: string } | null } | null, messages: Array<{ field: string | null, message: string } | null> | null } | null };

export type DeleteAppointmentMutationVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type DeleteAppointmentMutation = { deleteAppointment: { appointment: { id: string } | null, messages: Array<{ field: string | null, message: string } | null> | null } | null };

export type AppointmentTypesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AppointmentTypesQuery = { appointmentTypes: { nodes: Array<{ id: string, name: string | null, length: number | null, require_specific_providers: boolean, available_contact_types: Array<string | null> | null, provider_appt_type_connections: Array<{ user_id: string | null }> | null } | null> | null, page_info: { has_next_page: boolean, end_cursor: string | null } } | null };

export type AppointmentsQueryVariables = Exact<{
  providerId?: string | number | null | undefined;
  userId?: string | number | null | undefined;
  filter?: string | null | undefined;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  orderBy?: AppointmentOrderKeys | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AppointmentsQuery = { appointments: { total_count: number, nodes: Array<{ id: string, date: string | null, end: string | null, length: number | null, pm_status: string | null, confirmed: boolean | null, contact_type: string | null, is_group: boolean | null, updated_at: string | null, deleted_at: string | null, metadata: unknown, appointment_type: { id: string, name: string | null, length: number | null } | null, user: { id: string } | null, attendees: Array<{ id: string }>, provider: { id: string } | null } | null> | null, page_info: { has_next_page: boolean, end_cursor: string | null } } | null };

export type AppointmentQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AppointmentQuery = { appointment: { id: string, date: string | null, end: string | null, length: number | null, pm_status: string | null, confirmed: boolean | null, contact_type: string | null, is_group: boolean | null, updated_at: string | null, deleted_at: string | null, metadata: unknown, appointment_type: { id: string, name: string | null, length: number | null } | null, user: { id: string } | null, attendees: Array<{ id: string }>, provider: { id: string } | null } | null };

export type SyncedAppointmentFragment = { id: string, date: string | null, end: string | null, length: number | null, pm_status: string | null, confirmed: boolean | null, contact_type: string | null, is_group: boolean | null, updated_at: string | null, deleted_at: string | null, metadata: unknown, appointment_type: { id: string, name: string | null, length: number | null } | null, user: { id: string } | null, attendees: Array<{ id: string }>, provider: { id: string } | null };

export type AvailableSlotsQueryVariables = Exact<{
  providerId: string | number;
  appointmentTypeIds?: Array<string | number | null | undefined> | string | number | null | undefined;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  timezone?: string | null | undefined;
}>;


export type AvailableSlotsQuery = { availableSlotsForRange: Array<{ date: string | null, length: number | null, user_id: string | null }> | null };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { currentUser: { id: string, first_name: string | null, last_name: string | null, email: string | null } | null };

export type OrganizationMembersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationMembersQuery = { organizationMembers: { nodes: Array<{ id: string, first_name: string | null, last_name: string | null, email: string | null } | null> | null, page_info: { has_next_page: boolean, end_cursor: string | null } } | null };

export type PatientIdsQueryVariables = Exact<{
  ids?: Array<string | number | null | undefined> | string | number | null | undefined;
  activeStatus?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PatientIdsQuery = { users: { total_count: number, nodes: Array<{ id: string } | null> | null, page_info: { has_next_page: boolean, end_cursor: string | null } } };

export type PatientsQueryVariables = Exact<{
  ids?: Array<string | number | null | undefined> | string | number | null | undefined;
  keywords?: string | null | undefined;
  activeStatus?: string | null | undefined;
  orderBy?: UserOrderKeys | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PatientsQuery = { users: { total_count: number, nodes: Array<{ id: string, first_name: string | null, last_name: string | null, email: string | null, phone_number: string | null } | null> | null, page_info: { has_next_page: boolean, end_cursor: string | null } } };

export type WebhooksQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhooksQuery = { webhooks: { nodes: Array<{ id: string, url: string | null, is_enabled: boolean, webhook_events: Array<{ event_type: WebhookEventType }> | null } | null> | null, page_info: { has_next_page: boolean, end_cursor: string | null } } | null };

export type CreateWebhookMutationVariables = Exact<{
  url?: string | null | undefined;
  events?: Array<WebhookEventInput | null | undefined> | WebhookEventInput | null | undefined;
}>;


export type CreateWebhookMutation = { createWebhook: { webhook: { signature_secret: string | null, id: string, url: string | null, is_enabled: boolean, webhook_events: Array<{ event_type: WebhookEventType }> | null } | null, messages: Array<{ field: string | null, message: string } | null> | null } | null };

export type UpdateWebhookMutationVariables = Exact<{
  id?: string | number | null | undefined;
  isEnabled?: boolean | null | undefined;
  events?: Array<WebhookEventInput | null | undefined> | WebhookEventInput | null | undefined;
}>;


export type UpdateWebhookMutation = { updateWebhook: { webhook: { id: string, url: string | null, is_enabled: boolean, webhook_events: Array<{ event_type: WebhookEventType }> | null } | null, messages: Array<{ field: string | null, message: string } | null> | null } | null };

export type DeleteWebhookMutationVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type DeleteWebhookMutation = { deleteWebhook: { webhook: { id: string } | null, messages: Array<{ field: string | null, message: string } | null> | null } | null };

export type RegisteredWebhookFragment = { id: string, url: string | null, is_enabled: boolean, webhook_events: Array<{ event_type: WebhookEventType }> | null };

export const SyncedAppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SyncedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"pm_status"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"contact_type"}},{"kind":"Field","name":{"kind":"Name","value":"is_group"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"deleted_at"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"appointment_type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SyncedAppointmentFragment, unknown>;
export const RegisteredWebhookFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisteredWebhook"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"is_enabled"}},{"kind":"Field","name":{"kind":"Name","value":"webhook_events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event_type"}}]}}]}}]} as unknown as DocumentNode<RegisteredWebhookFragment, unknown>;
export const CreateAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appointmentTypeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datetime"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timezone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metadata"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enforceAvailability"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"user_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"other_party_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"appointment_type_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appointmentTypeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"contact_type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactType"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"datetime"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datetime"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timezone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timezone"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"appointment_location_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"metadata"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metadata"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"enforce_availability"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enforceAvailability"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SyncedAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SyncedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"pm_status"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"contact_type"}},{"kind":"Field","name":{"kind":"Name","value":"is_group"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"deleted_at"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"appointment_type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAppointmentMutation, CreateAppointmentMutationVariables>;
export const UpdateAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datetime"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timezone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pmStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enforceAvailability"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"datetime"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datetime"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timezone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timezone"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"contact_type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactType"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"appointment_location_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"pm_status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pmStatus"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"enforce_availability"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enforceAvailability"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SyncedAppointment"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SyncedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"pm_status"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"contact_type"}},{"kind":"Field","name":{"kind":"Name","value":"is_group"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"deleted_at"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"appointment_type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateAppointmentMutation, UpdateAppointmentMutationVariables>;
export const DeleteAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteAppointmentMutation, DeleteAppointmentMutationVariables>;
export const AppointmentTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentTypes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"require_specific_providers"}},{"kind":"Field","name":{"kind":"Name","value":"available_contact_types"}},{"kind":"Field","name":{"kind":"Name","value":"provider_appt_type_connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user_id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"page_info"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"has_next_page"}},{"kind":"Field","name":{"kind":"Name","value":"end_cursor"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentTypesQuery, AppointmentTypesQueryVariables>;
export const AppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Appointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ISO8601DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ISO8601DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentOrderKeys"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"user_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"startDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"endDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"with_all_statuses"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"filter_synced_appointments"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SyncedAppointment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page_info"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"has_next_page"}},{"kind":"Field","name":{"kind":"Name","value":"end_cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total_count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SyncedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"pm_status"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"contact_type"}},{"kind":"Field","name":{"kind":"Name","value":"is_group"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"deleted_at"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"appointment_type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AppointmentsQuery, AppointmentsQueryVariables>;
export const AppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Appointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"include_deleted"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SyncedAppointment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SyncedAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"pm_status"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"contact_type"}},{"kind":"Field","name":{"kind":"Name","value":"is_group"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"deleted_at"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"appointment_type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AppointmentQuery, AppointmentQueryVariables>;
export const AvailableSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appointmentTypeIds"}},"type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ISO8601DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ISO8601DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timezone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableSlotsForRange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"appointment_type_ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appointmentTypeIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"start_date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"end_date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"timezone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timezone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"user_id"}}]}}]}}]} as unknown as DocumentNode<AvailableSlotsQuery, AvailableSlotsQueryVariables>;
export const CurrentUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"first_name"}},{"kind":"Field","name":{"kind":"Name","value":"last_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const OrganizationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"first_name"}},{"kind":"Field","name":{"kind":"Name","value":"last_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page_info"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"has_next_page"}},{"kind":"Field","name":{"kind":"Name","value":"end_cursor"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationMembersQuery, OrganizationMembersQueryVariables>;
export const PatientIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"active_status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeStatus"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page_info"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"has_next_page"}},{"kind":"Field","name":{"kind":"Name","value":"end_cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total_count"}}]}}]}}]} as unknown as DocumentNode<PatientIdsQuery, PatientIdsQueryVariables>;
export const PatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Patients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keywords"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"active","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserOrderKeys"}},"defaultValue":{"kind":"EnumValue","value":"CREATED_AT_ASC"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"keywords"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keywords"}}},{"kind":"Argument","name":{"kind":"Name","value":"active_status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeStatus"}}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"first_name"}},{"kind":"Field","name":{"kind":"Name","value":"last_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone_number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page_info"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"has_next_page"}},{"kind":"Field","name":{"kind":"Name","value":"end_cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total_count"}}]}}]}}]} as unknown as DocumentNode<PatientsQuery, PatientsQueryVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisteredWebhook"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page_info"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"has_next_page"}},{"kind":"Field","name":{"kind":"Name","value":"end_cursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisteredWebhook"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"is_enabled"}},{"kind":"Field","name":{"kind":"Name","value":"webhook_events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event_type"}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"webhook_events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"is_enabled"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"should_retry"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisteredWebhook"}},{"kind":"Field","name":{"kind":"Name","value":"signature_secret"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisteredWebhook"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"is_enabled"}},{"kind":"Field","name":{"kind":"Name","value":"webhook_events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event_type"}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const UpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isEnabled"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"is_enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isEnabled"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"webhook_events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegisteredWebhook"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegisteredWebhook"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"is_enabled"}},{"kind":"Field","name":{"kind":"Name","value":"webhook_events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event_type"}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;