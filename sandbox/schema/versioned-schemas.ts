// One executable schema for each set of removals the versionChanges setting puts in force, built on
// first use. Requests whose version has no removals share the served schema.
import type { GraphQLSchema } from '../graphql-js.ts';
import type { ResolverMap } from '../graphql/resolver-map.ts';
import { buildSandboxSchema } from './executable-schema.ts';
import { removalKey, removalsFor, type VersionChange } from './version-changes.ts';

/** Settings change rarely; this bounds the schemas kept when a test tries many. */
const keptSchemas = 16;

export class VersionedSchemas {
  private readonly served: GraphQLSchema;
  private readonly built = new Map<string, GraphQLSchema>();

  constructor(private readonly resolvers: ResolverMap) {
    this.served = buildSandboxSchema(resolvers);
  }

  /** The schema for a request of `version` (null: a request that is rejected anyway). */
  forVersion(version: string | null, changes: readonly VersionChange[]): GraphQLSchema {
    const removals = version === null ? [] : removalsFor(changes, version);
    if (removals.length === 0) return this.served;
    const key = removalKey(removals);
    let schema = this.built.get(key);
    if (!schema) {
      schema = buildSandboxSchema(this.resolvers, removals);
      if (this.built.size >= keptSchemas) this.built.clear();
      this.built.set(key, schema);
    }
    return schema;
  }
}
