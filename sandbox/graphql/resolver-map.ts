import type { SandboxContext } from './context.ts';

// Resolvers are written with precise source and argument types; `never` lets all of them share one map.
export type FieldResolver = (source: never, args: never, context: SandboxContext) => unknown;
export type ResolverMap = Record<string, Record<string, FieldResolver>>;

export interface PagingArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}
