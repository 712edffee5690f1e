/** "First Last", without the gaps a missing part would leave. */
export const fullName = (first: string | null, last: string | null) => [first, last].filter(Boolean).join(' ').trim();
