// Healthie runs graphql-ruby, whose validation messages differ from graphql-js's. The common ones are
// reworded the way graphql-ruby writes them, with its extensions.code, so clients see Healthie's text.
import { GraphQLError } from '../graphql-js.ts';
import type { Plugin } from 'graphql-yoga';

type Rewrite = (match: RegExpExecArray) => { message: string; extensions: Record<string, unknown> };

const rewrites: [RegExp, Rewrite][] = [
  [
    /^Cannot query field "(\w+)" on type "(\w+)"\./,
    ([, field, type]) => ({
      message: `Field '${field}' doesn't exist on type '${type}'`,
      extensions: { code: 'undefinedField', typeName: type, fieldName: field },
    }),
  ],
  [
    /^Unknown argument "(\w+)" on field "\w+\.(\w+)"\./,
    ([, argument, field]) => ({
      message: `Field '${field}' doesn't accept argument '${argument}'`,
      extensions: { code: 'argumentNotAccepted', name: field, typeName: 'Field', argumentName: argument },
    }),
  ],
  [
    /^Field "\w+\.(\w+)" argument "(\w+)" of type "[^"]+" is required, but it was not provided\./,
    ([, field, argument]) => ({
      message: `Field '${field}' is missing required arguments: ${argument}`,
      extensions: { code: 'missingRequiredArguments', className: 'Field', name: field, arguments: argument },
    }),
  ],
  [
    /^Field "(\w+)" of type "([^"]+)" must have a selection of subfields\./,
    ([, field, type]) => ({
      message: `Field must have selections (field '${field}' returns ${type} but has no selections. Did you mean '${field} { ... }'?)`,
      extensions: { code: 'selectionMismatch', nodeName: `field '${field}'`, typeName: type },
    }),
  ],
  [
    /^Field "(\w+)" must not have a selection since type "([^"]+)" has no subfields\./,
    ([, field, type]) => ({
      message: `Selections can't be made on scalars (field '${field}' returns ${type} but has selections)`,
      extensions: { code: 'selectionMismatch', nodeName: `field '${field}'`, typeName: type },
    }),
  ],
];

function reword(error: Error): Error {
  if (!(error instanceof GraphQLError)) return error;
  for (const [pattern, rewrite] of rewrites) {
    const match = pattern.exec(error.message);
    if (!match) continue;
    const { message, extensions } = rewrite(match);
    return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions });
  }
  return error;
}

export const rubyStyleValidationErrors: Plugin = {
  onValidate() {
    return ({ result, setResult }) => {
      if (result.length > 0) setResult(result.map((error: Error) => reword(error)));
    };
  },
};
