import { sql, type SQL } from 'drizzle-orm';

/**
 * A list of texts as one subquery over one JSON parameter, for `= any(array ...)` or `not in`: a
 * statement keeps the same few parameters however long the list (a page's ids, a pass's thousands),
 * on PostgreSQL and PGlite alike.
 */
export const textList = (values: Iterable<string>): SQL => sql`(select jsonb_array_elements_text(${JSON.stringify([...values])}::jsonb))`;
