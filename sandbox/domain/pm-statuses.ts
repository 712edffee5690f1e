// Healthie's pm_status values, and the groups of them the documents speak of.

/**
 * "Occurred", "No-Show", "Re-Scheduled", "Cancelled" and, where enabled (always in the sandbox), "Late
 * Cancellation" and "Checked-In"; "" is blank (booked). The docs know no "Confirmed".
 */
export const pmStatuses = ['', 'Occurred', 'No-Show', 'Re-Scheduled', 'Cancelled', 'Late Cancellation', 'Checked-In'];

/** Not active: "Appointments are considered active if ... not 'Cancelled', 'Re-Scheduled', or 'No-Show'". */
export const inactiveStatuses = new Set(['Cancelled', 'Re-Scheduled', 'No-Show']);

/** Appointments that did not or will not take place: the didnt-occur filter lists them, and they hold no time. */
export const didntOccurStatuses = new Set(['Cancelled', 'Re-Scheduled', 'No-Show', 'Late Cancellation']);
