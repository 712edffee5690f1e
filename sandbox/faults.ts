// Failures the sandbox injects into /graphql on request (PUT /_sandbox/faults), to test a client's resilience.
import { z } from 'zod';

const afterApplySchema = z
  .object({
    /** Operation names, as notFoundOperations. */
    operations: z.array(z.string().min(1)).min(1),
    effect: z.enum(['drop', 'delay', 'error']),
    delayMs: z.number().int().min(0).max(60_000).optional(),
    /** How many requests it hits; all of them when absent. */
    times: z.number().int().positive().optional(),
  })
  .strict()
  .refine((fault) => fault.effect !== 'delay' || fault.delayMs !== undefined, { message: 'delayMs is required with effect "delay"', path: ['delayMs'] });

export type AfterApplyFault = z.infer<typeof afterApplySchema>;

export const faultsSchema = z
  .object({
    /** Share of requests answered with an HTTP 5xx. */
    errorRate: z.number().min(0).max(1).optional(),
    /** Share of requests answered with a bare HTTP 404, no GraphQL body (the error guide owns up to these). */
    notFoundRate: z.number().min(0).max(1).optional(),
    /** Requests naming one of these operations are always answered so. */
    notFoundOperations: z.array(z.string().min(1)).optional(),
    /** Every n-th request is answered with TOO_MANY_REQUESTS. */
    tooManyRequestsEvery: z.number().int().positive().optional(),
    /** Added to every response. */
    latencyMs: z.number().int().min(0).max(60_000).optional(),
    /** Share of requests whose connection is closed without an answer. */
    dropConnectionRate: z.number().min(0).max(1).optional(),
    /** Share of responses cut off halfway through the body. */
    truncateBodyRate: z.number().min(0).max(1).optional(),
    /** Acts once the request has been executed: its change is made, its answer is lost, late or a 502. */
    afterApply: afterApplySchema.optional(),
  })
  .strict();

export type Faults = z.infer<typeof faultsSchema>;

export type FaultDecision = 'error' | 'not-found' | 'too-many-requests' | 'drop' | 'truncate' | 'none';

export class FaultInjector {
  private faults: Faults = {};
  private requestCount = 0;
  private afterApplyHits = 0;

  constructor(private readonly random: () => number = Math.random) {}

  set(faults: Faults): void {
    this.faults = faults;
    this.requestCount = 0;
    this.afterApplyHits = 0;
  }

  get current(): Faults {
    return this.faults;
  }

  get latencyMs(): number {
    return this.faults.latencyMs ?? 0;
  }

  /** Decides the fate of the next /graphql request, which names `operationName` (null: none). */
  next(operationName: string | null): FaultDecision {
    this.requestCount++;
    const { errorRate, notFoundRate, notFoundOperations, tooManyRequestsEvery, dropConnectionRate, truncateBodyRate } = this.faults;
    if (dropConnectionRate && this.random() < dropConnectionRate) return 'drop';
    if (errorRate && this.random() < errorRate) return 'error';
    if (operationName !== null && notFoundOperations?.includes(operationName)) return 'not-found';
    if (notFoundRate && this.random() < notFoundRate) return 'not-found';
    if (tooManyRequestsEvery && this.requestCount % tooManyRequestsEvery === 0) return 'too-many-requests';
    if (truncateBodyRate && this.random() < truncateBodyRate) return 'truncate';
    return 'none';
  }

  /**
   * The afterApply fault for a request naming `operationName` that met no other fault and is about to be
   * executed; each one returned counts against its `times`.
   */
  afterApply(operationName: string | null): AfterApplyFault | null {
    const fault = this.faults.afterApply;
    if (!fault || operationName === null || !fault.operations.includes(operationName)) return null;
    if (fault.times !== undefined && this.afterApplyHits >= fault.times) return null;
    this.afterApplyHits++;
    return fault;
  }
}
