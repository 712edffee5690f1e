import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppointmentsDocument } from './generated/graphql.ts';
import { estimateComplexity, HEALTHIE_MAX_COMPLEXITY, largestPageSize } from './page-size.ts';

describe('query complexity', () => {
  it("reproduces the rate-limit guide's example: 14 for three users", () => {
    const query = parse('query { users(first: 3) { nodes { id appointments { id notes } } } }');
    expect(estimateComplexity(query, 3)).toBe(14);
    expect(estimateComplexity(query, 100)).toBe(402);
  });

  it('picks the largest appointment page that stays under the cap with headroom', () => {
    const size = largestPageSize(AppointmentsDocument);
    expect(estimateComplexity(AppointmentsDocument, size)).toBeLessThanOrEqual(HEALTHIE_MAX_COMPLEXITY * 0.9);
    expect(estimateComplexity(AppointmentsDocument, size + 1)).toBeGreaterThan(HEALTHIE_MAX_COMPLEXITY * 0.9);
  });
});
