// Healthie's query limits, measured as the rate-limits guide describes: a field costs 1, an object field
// (connections included) objectFieldCost, times the page size of each connection it sits in (first or
// last, 100 when neither is given); depth counts the nesting of fields, root fields being 1, fragments
// included. The guide's own figures (14 and 402) are those of objectFieldCost 1.
import {
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from '../graphql-js.ts';
import { defaultPageSize } from '../store/connection.ts';

export const maxComplexity = 2000;
export const maxDepth = 25;

export interface QueryCost {
  complexity: number;
  depth: number;
}

export function measureQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  objectFieldCost = 1,
): QueryCost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName)) {
      operation ??= definition;
    }
  }
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return { complexity: 0, depth: 0 };

  const cost: QueryCost = { complexity: 0, depth: 0 };
  const visiting = new Set<string>();

  const visit = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, depth: number, pageSize: number | null) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || visiting.has(fragment.name.value)) continue;
        visiting.add(fragment.name.value);
        visit(fragment.selectionSet, typeNamed(schema, fragment.typeCondition.name.value) ?? parent, multiplier, depth, pageSize);
        visiting.delete(fragment.name.value);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? typeNamed(schema, selection.typeCondition.name.value) : parent;
        visit(selection.selectionSet, condition ?? parent, multiplier, depth, pageSize);
        continue;
      }
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      const type = field ? getNamedType(field.type) : undefined;
      const composite = type && isCompositeType(type) ? type : undefined;
      cost.complexity += multiplier * (composite ? objectFieldCost : 1);
      cost.depth = Math.max(cost.depth, depth);
      if (!selection.selectionSet || !composite) continue;
      if (isConnection(composite)) {
        const size = pageSizeOf(selection.arguments ?? [], variables);
        visit(selection.selectionSet, composite, multiplier, depth + 1, size);
      } else {
        const itemsOfPage = pageSize !== null && (selection.name.value === 'nodes' || selection.name.value === 'edges');
        visit(selection.selectionSet, composite, itemsOfPage ? multiplier * pageSize : multiplier, depth + 1, null);
      }
    }
  };
  visit(operation.selectionSet, root, 1, 1, null);
  return cost;
}

function typeNamed(schema: GraphQLSchema, name: string): GraphQLCompositeType | undefined {
  const type: GraphQLNamedType | undefined = schema.getType(name);
  return type && isCompositeType(type) ? type : undefined;
}

function isConnection(type: GraphQLCompositeType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return Boolean(fields.page_info && (fields.nodes || fields.edges));
}

function pageSizeOf(args: readonly { name: { value: string }; value: ValueNode }[], variables: Record<string, unknown>): number {
  for (const name of ['first', 'last']) {
    const arg = args.find((candidate) => candidate.name.value === name);
    if (!arg) continue;
    const value = arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value] : arg.value.kind === Kind.INT ? Number(arg.value.value) : null;
    if (typeof value === 'number') return Math.max(value, 0);
  }
  return defaultPageSize;
}

export function limitErrors(cost: QueryCost): string[] {
  const errors: string[] = [];
  if (cost.complexity > maxComplexity) {
    errors.push(`Query has complexity of ${cost.complexity}, which exceeds max complexity of ${maxComplexity}`);
  }
  if (cost.depth > maxDepth) errors.push(`Query has depth of ${cost.depth}, which exceeds max depth of ${maxDepth}`);
  return errors;
}
