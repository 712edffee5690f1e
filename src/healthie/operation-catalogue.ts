import { Kind, print, type DirectiveNode, type DocumentNode, type OperationDefinitionNode, type TypeNode } from 'graphql';
import * as generated from './generated/graphql.ts';

export interface HealthieOperation {
  name: string;
  document: DocumentNode;
  /**
   * Variables for validating it alone: a paged list asks for one item, since Healthie prices a list
   * by its page size as part of validation (the sync's pages are sized to its cap separately).
   */
  validationVariables: Record<string, unknown>;
}

const operationOf = (document: DocumentNode) => document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** Every operation the product sends Healthie: one per typed document generated from src/healthie/operations. */
export const healthieOperations: HealthieOperation[] = Object.entries(generated)
  .filter(([exported]) => exported.endsWith('Document'))
  .map(([, exported]) => {
    const document = exported as DocumentNode;
    const operation = operationOf(document);
    const variables = operation?.variableDefinitions ?? [];
    const paged = variables.some((v) => v.variable.name.value === 'first');
    // A required variable must have a value even when nothing executes: any of its type does.
    const required = variables.filter((v) => v.type.kind === Kind.NON_NULL_TYPE).map((v) => [v.variable.name.value, placeholderOf(v.type)]);
    return { name: operation?.name?.value ?? 'anonymous', document, validationVariables: { ...Object.fromEntries(required), ...(paged ? { first: 1 } : {}) } };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

function placeholderOf(type: TypeNode): unknown {
  if (type.kind === Kind.NON_NULL_TYPE) return placeholderOf(type.type);
  if (type.kind === Kind.LIST_TYPE) return [];
  return { Int: 0, Float: 0, Boolean: false }[type.name.value] ?? '0';
}

const skipAlways: DirectiveNode = {
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: 'skip' },
  arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'if' }, value: { kind: Kind.BOOLEAN, value: true } }],
};

/**
 * The operation with every root field under `@skip(if: true)`: a server validates the whole document
 * (fields, arguments, types, fragments, variables) before it executes anything, then executes nothing.
 */
export function validationOnly(document: DocumentNode): string {
  return print({
    ...document,
    definitions: document.definitions.map((definition) =>
      definition.kind !== Kind.OPERATION_DEFINITION
        ? definition
        : {
            ...definition,
            selectionSet: {
              ...definition.selectionSet,
              selections: definition.selectionSet.selections.map((selection) => ({ ...selection, directives: [...(selection.directives ?? []), skipAlways] })),
            },
          },
    ),
  });
}
