import { AppointmentTypesDocument, AppointmentsDocument, OrganizationMembersDocument, PatientIdsDocument, PatientsDocument } from './generated/graphql.ts';
import { HealthieError } from './errors.ts';
import { largestPageSize } from './page-size.ts';
import { walkConnection, type ConnectionPage } from './paging.ts';

/** The lists the product pages through, each with the operation that reads it. */
export const pagedOperations = {
  providers: OrganizationMembersDocument,
  appointmentTypes: AppointmentTypesDocument,
  appointments: AppointmentsDocument,
  patients: PatientsDocument,
  patientIds: PatientIdsDocument,
};

export type PagedList = keyof typeof pagedOperations;

/** The largest page each list's query allows under Healthie's complexity cap, as its guide prices fields. */
export const estimatedPageSizes = Object.fromEntries(
  Object.entries(pagedOperations).map(([list, document]) => [list, largestPageSize(document)]),
) as Record<PagedList, number>;

/**
 * Page sizes for one connection. Healthie prices fields above the guide's estimate at its own
 * discretion: a page it refuses as too complex is asked for again at half the size, and the size
 * that worked is kept (and handed to `onChange`, so the connection remembers it).
 */
export class PageSizes {
  private readonly sizes: Record<PagedList, number>;

  constructor(
    known: Partial<Record<PagedList, number>> = {},
    private readonly onChange?: (sizes: Record<PagedList, number>) => void,
  ) {
    this.sizes = { ...estimatedPageSizes, ...known };
  }

  of(list: PagedList): number {
    return this.sizes[list];
  }

  /** Pages of `list`, asking again at half the size when Healthie finds a page too complex. */
  pages<TNode>(list: PagedList, fetchPage: (first: number, after: string | null) => Promise<ConnectionPage<TNode> | null>): AsyncGenerator<TNode[]> {
    return walkConnection(async (after) => {
      for (;;) {
        try {
          return await fetchPage(this.sizes[list], after);
        } catch (error) {
          if (!(error instanceof HealthieError && error.kind === 'too_complex') || this.sizes[list] === 1) throw error;
          this.sizes[list] = Math.max(1, Math.floor(this.sizes[list] / 2));
          this.onChange?.({ ...this.sizes });
        }
      }
    });
  }
}
