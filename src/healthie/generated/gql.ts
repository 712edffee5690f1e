/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AppointmentTypes($first: Int, $after: String) {\n  appointmentTypes(first: $first, after: $after) {\n    nodes {\n      id\n      name\n      length\n      require_specific_providers\n      provider_appt_type_connections {\n        user_id\n      }\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n  }\n}": typeof types.AppointmentTypesDocument,
    "query Appointments($providerId: ID, $filter: String, $startDate: ISO8601DateTime, $endDate: ISO8601DateTime, $orderBy: AppointmentOrderKeys, $first: Int, $after: String) {\n  appointments(\n    provider_id: $providerId\n    filter: $filter\n    startDate: $startDate\n    endDate: $endDate\n    order_by: $orderBy\n    with_all_statuses: true\n    filter_synced_appointments: true\n    first: $first\n    after: $after\n  ) {\n    nodes {\n      ...SyncedAppointment\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n    total_count\n  }\n}\n\nquery Appointment($id: ID) {\n  appointment(id: $id, include_deleted: true) {\n    ...SyncedAppointment\n  }\n}\n\nfragment SyncedAppointment on Appointment {\n  id\n  date\n  end\n  length\n  pm_status\n  confirmed\n  is_group\n  updated_at\n  deleted_at\n  appointment_type {\n    id\n    name\n    length\n  }\n  user {\n    id\n  }\n  attendees {\n    id\n  }\n  provider {\n    id\n  }\n}": typeof types.AppointmentsDocument,
    "query CurrentUser {\n  currentUser {\n    id\n    first_name\n    last_name\n    email\n  }\n}": typeof types.CurrentUserDocument,
    "query OrganizationMembers($first: Int, $after: String) {\n  organizationMembers(first: $first, after: $after) {\n    nodes {\n      id\n      first_name\n      last_name\n      email\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n  }\n}": typeof types.OrganizationMembersDocument,
    "query PatientIds($ids: [ID], $activeStatus: String, $first: Int, $after: String) {\n  users(ids: $ids, active_status: $activeStatus, first: $first, after: $after) {\n    nodes {\n      id\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n    total_count\n  }\n}": typeof types.PatientIdsDocument,
    "query Patients($keywords: String, $orderBy: UserOrderKeys = CREATED_AT_ASC, $first: Int, $after: String) {\n  users(\n    keywords: $keywords\n    active_status: \"active\"\n    order_by: $orderBy\n    first: $first\n    after: $after\n  ) {\n    nodes {\n      id\n      first_name\n      last_name\n      email\n      phone_number\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n    total_count\n  }\n}": typeof types.PatientsDocument,
};
const documents: Documents = {
    "query AppointmentTypes($first: Int, $after: String) {\n  appointmentTypes(first: $first, after: $after) {\n    nodes {\n      id\n      name\n      length\n      require_specific_providers\n      provider_appt_type_connections {\n        user_id\n      }\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n  }\n}": types.AppointmentTypesDocument,
    "query Appointments($providerId: ID, $filter: String, $startDate: ISO8601DateTime, $endDate: ISO8601DateTime, $orderBy: AppointmentOrderKeys, $first: Int, $after: String) {\n  appointments(\n    provider_id: $providerId\n    filter: $filter\n    startDate: $startDate\n    endDate: $endDate\n    order_by: $orderBy\n    with_all_statuses: true\n    filter_synced_appointments: true\n    first: $first\n    after: $after\n  ) {\n    nodes {\n      ...SyncedAppointment\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n    total_count\n  }\n}\n\nquery Appointment($id: ID) {\n  appointment(id: $id, include_deleted: true) {\n    ...SyncedAppointment\n  }\n}\n\nfragment SyncedAppointment on Appointment {\n  id\n  date\n  end\n  length\n  pm_status\n  confirmed\n  is_group\n  updated_at\n  deleted_at\n  appointment_type {\n    id\n    name\n    length\n  }\n  user {\n    id\n  }\n  attendees {\n    id\n  }\n  provider {\n    id\n  }\n}": types.AppointmentsDocument,
    "query CurrentUser {\n  currentUser {\n    id\n    first_name\n    last_name\n    email\n  }\n}": types.CurrentUserDocument,
    "query OrganizationMembers($first: Int, $after: String) {\n  organizationMembers(first: $first, after: $after) {\n    nodes {\n      id\n      first_name\n      last_name\n      email\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n  }\n}": types.OrganizationMembersDocument,
    "query PatientIds($ids: [ID], $activeStatus: String, $first: Int, $after: String) {\n  users(ids: $ids, active_status: $activeStatus, first: $first, after: $after) {\n    nodes {\n      id\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n    total_count\n  }\n}": types.PatientIdsDocument,
    "query Patients($keywords: String, $orderBy: UserOrderKeys = CREATED_AT_ASC, $first: Int, $after: String) {\n  users(\n    keywords: $keywords\n    active_status: \"active\"\n    order_by: $orderBy\n    first: $first\n    after: $after\n  ) {\n    nodes {\n      id\n      first_name\n      last_name\n      email\n      phone_number\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n    total_count\n  }\n}": types.PatientsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppointmentTypes($first: Int, $after: String) {\n  appointmentTypes(first: $first, after: $after) {\n    nodes {\n      id\n      name\n      length\n      require_specific_providers\n      provider_appt_type_connections {\n        user_id\n      }\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n  }\n}"): (typeof documents)["query AppointmentTypes($first: Int, $after: String) {\n  appointmentTypes(first: $first, after: $after) {\n    nodes {\n      id\n      name\n      length\n      require_specific_providers\n      provider_appt_type_connections {\n        user_id\n      }\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Appointments($providerId: ID, $filter: String, $startDate: ISO8601DateTime, $endDate: ISO8601DateTime, $orderBy: AppointmentOrderKeys, $first: Int, $after: String) {\n  appointments(\n    provider_id: $providerId\n    filter: $filter\n    startDate: $startDate\n    endDate: $endDate\n    order_by: $orderBy\n    with_all_statuses: true\n    filter_synced_appointments: true\n    first: $first\n    after: $after\n  ) {\n    nodes {\n      ...SyncedAppointment\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n    total_count\n  }\n}\n\nquery Appointment($id: ID) {\n  appointment(id: $id, include_deleted: true) {\n    ...SyncedAppointment\n  }\n}\n\nfragment SyncedAppointment on Appointment {\n  id\n  date\n  end\n  length\n  pm_status\n  confirmed\n  is_group\n  updated_at\n  deleted_at\n  appointment_type {\n    id\n    name\n    length\n  }\n  user {\n    id\n  }\n  attendees {\n    id\n  }\n  provider {\n    id\n  }\n}"): (typeof documents)["query Appointments($providerId: ID, $filter: String, $startDate: ISO8601DateTime, $endDate: ISO8601DateTime, $orderBy: AppointmentOrderKeys, $first: Int, $after: String) {\n  appointments(\n    provider_id: $providerId\n    filter: $filter\n    startDate: $startDate\n    endDate: $endDate\n    order_by: $orderBy\n    with_all_statuses: true\n    filter_synced_appointments: true\n    first: $first\n    after: $after\n  ) {\n    nodes {\n      ...SyncedAppointment\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n    total_count\n  }\n}\n\nquery Appointment($id: ID) {\n  appointment(id: $id, include_deleted: true) {\n    ...SyncedAppointment\n  }\n}\n\nfragment SyncedAppointment on Appointment {\n  id\n  date\n  end\n  length\n  pm_status\n  confirmed\n  is_group\n  updated_at\n  deleted_at\n  appointment_type {\n    id\n    name\n    length\n  }\n  user {\n    id\n  }\n  attendees {\n    id\n  }\n  provider {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurrentUser {\n  currentUser {\n    id\n    first_name\n    last_name\n    email\n  }\n}"): (typeof documents)["query CurrentUser {\n  currentUser {\n    id\n    first_name\n    last_name\n    email\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationMembers($first: Int, $after: String) {\n  organizationMembers(first: $first, after: $after) {\n    nodes {\n      id\n      first_name\n      last_name\n      email\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n  }\n}"): (typeof documents)["query OrganizationMembers($first: Int, $after: String) {\n  organizationMembers(first: $first, after: $after) {\n    nodes {\n      id\n      first_name\n      last_name\n      email\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PatientIds($ids: [ID], $activeStatus: String, $first: Int, $after: String) {\n  users(ids: $ids, active_status: $activeStatus, first: $first, after: $after) {\n    nodes {\n      id\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n    total_count\n  }\n}"): (typeof documents)["query PatientIds($ids: [ID], $activeStatus: String, $first: Int, $after: String) {\n  users(ids: $ids, active_status: $activeStatus, first: $first, after: $after) {\n    nodes {\n      id\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n    total_count\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Patients($keywords: String, $orderBy: UserOrderKeys = CREATED_AT_ASC, $first: Int, $after: String) {\n  users(\n    keywords: $keywords\n    active_status: \"active\"\n    order_by: $orderBy\n    first: $first\n    after: $after\n  ) {\n    nodes {\n      id\n      first_name\n      last_name\n      email\n      phone_number\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n    total_count\n  }\n}"): (typeof documents)["query Patients($keywords: String, $orderBy: UserOrderKeys = CREATED_AT_ASC, $first: Int, $after: String) {\n  users(\n    keywords: $keywords\n    active_status: \"active\"\n    order_by: $orderBy\n    first: $first\n    after: $after\n  ) {\n    nodes {\n      id\n      first_name\n      last_name\n      email\n      phone_number\n    }\n    page_info {\n      has_next_page\n      end_cursor\n    }\n    total_count\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;