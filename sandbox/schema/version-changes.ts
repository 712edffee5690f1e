// The versionChanges setting: a breaking change of a later API version, written as the field
// ("Appointment.pm_status") or argument ("Query.appointments(filter)") that stops existing from that
// version on. Requests for that version or later see a schema without it, in validation and in
// introspection alike.
import {
  buildASTSchema,
  Kind,
  validateSchema,
  visit,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
} from '../graphql-js.ts';

export interface VersionChange {
  version: string;
  removed: string;
}

export interface Removal {
  typeName: string;
  fieldName: string;
  /** Null when the whole field goes. */
  argumentName: string | null;
}

export const removalPattern = /^(\w+)\.(\w+)(?:\((\w+)\))?$/;

function parseRemoval(removed: string): Removal {
  const match = removalPattern.exec(removed);
  if (!match) throw new Error(`Not a Type.field or Type.field(argument): ${removed}`);
  const [, typeName = '', fieldName = '', argumentName] = match;
  return { typeName, fieldName, argumentName: argumentName ?? null };
}

/** The removals in force for `version`: those of every change at that version or before it, in a stable order. */
export function removalsFor(changes: readonly VersionChange[], version: string): Removal[] {
  const removed = new Set(changes.filter((change) => change.version <= version).map((change) => change.removed));
  return [...removed].sort().map(parseRemoval);
}

export const removalKey = (removals: readonly Removal[]): string => JSON.stringify(removals);

export function isRemovedField(removals: readonly Removal[], typeName: string, fieldName: string): boolean {
  return removals.some((removal) => removal.typeName === typeName && removal.fieldName === fieldName && removal.argumentName === null);
}

export function withoutRemovals(document: DocumentNode, removals: readonly Removal[]): DocumentNode {
  if (removals.length === 0) return document;
  const trimFields = (node: ObjectTypeDefinitionNode): ObjectTypeDefinitionNode => {
    const ofType = removals.filter((removal) => removal.typeName === node.name.value);
    if (ofType.length === 0) return node;
    const fields = (node.fields ?? [])
      .filter((field) => !isRemovedField(ofType, node.name.value, field.name.value))
      .map((field) => withoutArguments(field, ofType));
    return { ...node, fields };
  };
  return visit(document, { [Kind.OBJECT_TYPE_DEFINITION]: trimFields });
}

function withoutArguments(field: FieldDefinitionNode, removals: readonly Removal[]): FieldDefinitionNode {
  const gone = new Set(removals.filter((removal) => removal.fieldName === field.name.value).map((removal) => removal.argumentName));
  gone.delete(null);
  if (gone.size === 0) return field;
  return { ...field, arguments: field.arguments?.filter((argument) => !gone.has(argument.name.value)) };
}

/** What is wrong with `changes` against the served schema: unknown fields or arguments, or a schema left invalid. */
export function versionChangeProblems(document: DocumentNode, changes: readonly VersionChange[]): string[] {
  const problems = changes.filter((change) => !namesSomething(document, parseRemoval(change.removed))).map((change) => `${change.removed} is not in the served schema`);
  if (problems.length > 0) return problems;
  for (const version of new Set(changes.map((change) => change.version))) {
    const schema = buildASTSchema(withoutRemovals(document, removalsFor(changes, version)));
    problems.push(...validateSchema(schema).map((error) => `From ${version}: ${error.message}`));
  }
  return problems;
}

function namesSomething(document: DocumentNode, removal: Removal): boolean {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.name.value !== removal.typeName) continue;
    const field = definition.fields?.find((candidate) => candidate.name.value === removal.fieldName);
    if (!field) return false;
    return removal.argumentName === null || Boolean(field.arguments?.some((argument) => argument.name.value === removal.argumentName));
  }
  return false;
}
