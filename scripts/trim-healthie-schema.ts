// Trims Healthie's published schema to the types reachable from the root fields the sandbox serves,
// strips descriptions, and writes src/healthie/schema.graphql (used by the sandbox and by codegen).
// The descriptions of WebhookEventType's values stay: they are the only place that gives each event's
// name ("appointment.patient_added" for APPOINTMENT_PATIENT_ADDED), which the sandbox's payloads carry.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  buildASTSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type EnumTypeDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { servedMutationFields, servedQueryFields } from '../sandbox/schema/served-root-fields.ts';

const sourceUrl = new URL('../../shared/healthie-api/schema.graphql', import.meta.url);
const targetUrl = new URL('../src/healthie/schema.graphql', import.meta.url);

const rootFields: Record<string, readonly string[]> = {
  Query: servedQueryFields,
  Mutation: servedMutationFields,
};

export function trimHealthieSchema(sdl: string): string {
  const document = parse(sdl);
  const schema = buildASTSchema(document);
  const reachable = reachableTypeNames(schema);
  const kept = document.definitions.filter((definition) => keepDefinition(definition, reachable));
  const trimmed = visit({ ...document, definitions: kept }, {
    enter(node, _key, _parent, _path, ancestors) {
      if (node.kind === Kind.ENUM_VALUE_DEFINITION && ancestors.some(isEventTypeEnum)) return undefined;
      const withoutDescription = 'description' in node && node.description ? { ...node, description: undefined } : node;
      if (node.kind !== Kind.OBJECT_TYPE_DEFINITION) return withoutDescription === node ? undefined : withoutDescription;
      const served = rootFields[node.name.value];
      if (!served) return withoutDescription;
      return { ...withoutDescription, fields: node.fields?.filter((field) => served.includes(field.name.value)) };
    },
  }) as DocumentNode;
  return `# Healthie GraphQL schema, API version 2026-01-01, trimmed by scripts/trim-healthie-schema.ts.\n# Generated file: do not edit by hand.\n\n${print(trimmed)}\n`;
}

const isEventTypeEnum = (ancestor: unknown): boolean =>
  (ancestor as { kind?: string }).kind === Kind.ENUM_TYPE_DEFINITION && (ancestor as EnumTypeDefinitionNode).name.value === 'WebhookEventType';

function keepDefinition(definition: DefinitionNode, reachable: Set<string>): boolean {
  if (definition.kind === Kind.DIRECTIVE_DEFINITION) return true;
  if (definition.kind === Kind.SCHEMA_DEFINITION) return false;
  return 'name' in definition && definition.name !== undefined && reachable.has(definition.name.value);
}

function reachableTypeNames(schema: GraphQLSchema): Set<string> {
  const seen = new Set<string>();
  const pending: GraphQLNamedType[] = [];
  const add = (type: GraphQLNamedType) => {
    if (!seen.has(type.name)) {
      seen.add(type.name);
      pending.push(type);
    }
  };
  for (const [rootName, fieldNames] of Object.entries(rootFields)) {
    const root = schema.getType(rootName);
    if (!isObjectType(root)) throw new Error(`The schema has no ${rootName} type`);
    seen.add(rootName);
    for (const fieldName of fieldNames) {
      const field = root.getFields()[fieldName];
      if (!field) throw new Error(`The schema has no ${rootName}.${fieldName}`);
      add(getNamedType(field.type));
      for (const arg of field.args) add(getNamedType(arg.type));
    }
  }
  for (let type = pending.pop(); type; type = pending.pop()) {
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        add(getNamedType(field.type));
        for (const arg of field.args) add(getNamedType(arg.type));
      }
      for (const iface of type.getInterfaces()) add(iface);
    }
    if (isInterfaceType(type)) for (const implementation of schema.getPossibleTypes(type)) add(implementation);
    if (isUnionType(type)) for (const member of type.getTypes()) add(member);
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) add(getNamedType(field.type));
  }
  return seen;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const trimmed = trimHealthieSchema(readFileSync(sourceUrl, 'utf8'));
  mkdirSync(new URL('.', targetUrl), { recursive: true });
  writeFileSync(targetUrl, trimmed);
  console.log(`Wrote ${targetUrl.pathname} (${trimmed.length} characters)`);
}
