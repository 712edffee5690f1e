import { Kind, print, type DirectiveNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import * as generated from './generated/graphql.ts';

export interface HealthieOperation {
  name: string;
  document: DocumentNode;
}

const operationOf = (document: DocumentNode) => document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** Every operation the product sends Healthie: one per typed document generated from src/healthie/operations. */
export const healthieOperations: HealthieOperation[] = Object.entries(generated)
  .filter(([exported]) => exported.endsWith('Document'))
  .map(([, document]) => ({ name: operationOf(document as DocumentNode)?.name?.value ?? 'anonymous', document: document as DocumentNode }))
  .sort((a, b) => a.name.localeCompare(b.name));

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
