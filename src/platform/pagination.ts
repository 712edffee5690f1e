import { z } from 'zod';

/** `limit` and `offset` of a paged list, as a query string sends them. */
export const pagination = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};
