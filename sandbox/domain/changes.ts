// What a change to a Healthie record announces: the thin webhook payload's fields.
export interface ChangeEvent {
  eventType: string;
  resourceId: string;
  resourceIdType: string;
  changedFields: string[];
  /** Extra payload fields some events carry, e.g. resource_organization_id on appointments. */
  extra?: Record<string, string>;
  /** About an appointment of a recurring series, whose events Healthie sends only on request. */
  recurring?: boolean;
}

/** Healthie column names of the record properties that differ between `before` and `after`. */
export function changedColumns<T extends object>(before: T, after: T, columns: Partial<Record<keyof T, string>>): string[] {
  const changed: string[] = [];
  for (const [property, column] of Object.entries(columns) as [keyof T, string][]) {
    if (before[property] !== after[property]) changed.push(column);
  }
  return changed;
}
