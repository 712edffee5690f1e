import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

export const HEALTHIE_MAX_COMPLEXITY = 2000;
/** Healthie prices a connection without first/last as 100 nodes. */
const DEFAULT_PAGE = 100;

/**
 * Healthie's complexity, as its rate-limit guide describes it: every field costs 1, and what sits
 * under a paged connection costs once per requested node. `pageSize` is the `first` of every
 * connection in the operation.
 */
export function estimateComplexity(document: DocumentNode, pageSize: number): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const cost = (set: SelectionSetNode | undefined, multiplier: number): number => {
    if (!set) return 0;
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        total += multiplier;
        if (selection.name.value === 'nodes' || selection.name.value === 'edges') {
          total += cost(selection.selectionSet, multiplier * pageSize);
        } else {
          total += cost(selection.selectionSet, multiplier);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += cost(selection.selectionSet, multiplier);
      } else {
        total += cost(fragments.get(selection.name.value)?.selectionSet, multiplier);
      }
    }
    return total;
  };
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation && 'selectionSet' in operation ? cost(operation.selectionSet, 1) : 0;
}

/** The largest page (up to `ceiling`) whose query stays within Healthie's complexity cap, with headroom. */
export function largestPageSize(document: DocumentNode, ceiling = DEFAULT_PAGE * 5, headroom = 0.9): number {
  const budget = Math.floor(HEALTHIE_MAX_COMPLEXITY * headroom);
  const one = estimateComplexity(document, 1);
  const perNode = estimateComplexity(document, 2) - one;
  if (perNode <= 0) return ceiling;
  return Math.max(1, Math.min(ceiling, Math.floor((budget - (one - perNode)) / perNode)));
}
