import { Kind, print, type DirectiveNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
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
    const paged = operation?.variableDefinitions?.some((v) => v.variable.name.value === 'first') ?? false;
    return { name: operation?.name?.value ?? 'anonymous', document, validationVariables: paged ? { first: 1 } : {} };
  })
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
