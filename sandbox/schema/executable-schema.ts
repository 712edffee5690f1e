// Healthie's trimmed schema with the sandbox's resolvers attached. Fields the sandbox does not model
// answer null, or the zero value of their type when the schema does not allow null.
import { readFileSync } from 'node:fs';
import {
  buildASTSchema,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLSchema,
} from '../graphql-js.ts';
import type { ResolverMap } from '../graphql/resolver-map.ts';
import { schemaUrl } from '../served-schema.ts';
import { isRemovedField, withoutRemovals, type Removal } from './version-changes.ts';

let servedDocument: DocumentNode | undefined;

/** The served schema's SDL, parsed once. */
export function servedSchemaDocument(): DocumentNode {
  servedDocument ??= parse(readFileSync(schemaUrl, 'utf8'));
  return servedDocument;
}

export function buildSandboxSchema(resolvers: ResolverMap, removals: readonly Removal[] = []): GraphQLSchema {
  const schema = buildASTSchema(withoutRemovals(servedSchemaDocument(), removals));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeResolvers = resolvers[type.name] ?? {};
    for (const field of Object.values(type.getFields())) {
      const resolver = typeResolvers[field.name];
      if (resolver) field.resolve = resolver as unknown as GraphQLFieldResolver<unknown, unknown>;
      else if (isNonNullType(field.type)) field.resolve = propertyOrZero(field.name, field.type);
    }
  }
  for (const [typeName, typeResolvers] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`Resolvers for ${typeName}, which the schema does not have`);
    for (const fieldName of Object.keys(typeResolvers)) {
      if (!type.getFields()[fieldName] && !isRemovedField(removals, typeName, fieldName)) throw new Error(`Resolver for ${typeName}.${fieldName}, which the schema does not have`);
    }
  }
  return schema;
}

function propertyOrZero(name: string, type: GraphQLOutputType): GraphQLFieldResolver<unknown, unknown> {
  const zero = zeroValue(type);
  return (source) => (source as Record<string, unknown>)[name] ?? zero;
}

function zeroValue(type: GraphQLOutputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]?.value ?? null;
  if (!isScalarType(inner)) return null;
  switch (inner.name) {
    case 'Boolean':
      return false;
    case 'Int':
    case 'Float':
      return 0;
    default:
      return '';
  }
}
