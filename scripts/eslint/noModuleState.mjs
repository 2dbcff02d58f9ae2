// ESLint rule: the pure core keeps no module-level mutable state.
//
// Caches and counters at module level are shared by every document and every
// host in the process and are never reset, so the core may hold none: a cache
// is an object the host owns per document and passes in (see
// server/src/pack/cache/checkCache.ts). At module level this rule allows only
// constants that cannot change: primitives, functions, classes, regular
// expressions without the stateful g/y flags, and collections typed or
// asserted read-only (`ReadonlySet<…>`, `readonly T[]`, `Readonly<…>`,
// `as const`, `Object.freeze(…)`).

const READONLY_TYPE = /^(Readonly|ReadonlyArray|ReadonlySet|ReadonlyMap)\b|^readonly /;
const MUTABLE_COLLECTIONS = new Set(['Map', 'Set', 'Array', 'Object']);
const NEVER = new Set(['WeakMap', 'WeakSet', 'WeakRef']);

/** @type {import('eslint').Rule.RuleModule} */
export const noModuleState = {
  meta: {
    type: 'problem',
    docs: { description: 'No module-level mutable state in the pure core: caches are objects the host owns per document.' },
    schema: [],
    messages: {
      variable: 'Module-level `{{kind}}` in the pure core: state shared by every document and never reset. Pass it in (a cache object the host owns per document) or make it a `const`.',
      weak: 'A module-level {{name}} is a cache shared by every document: keep it in the document\'s CheckCache instead.',
      instance: 'A module-level `new {{name}}` is mutable state shared by every document. Construct it per check, or keep it in the document\'s CheckCache.',
      collection: 'A module-level {{what}} can be changed by any caller: type it read-only (`Readonly…<…>`, `readonly T[]`), add `as const`, or freeze it.',
      regexp: 'A module-level regular expression with the g or y flag keeps `lastIndex` between calls: create it where it is used.',
      staticField: 'A static class field that is not `readonly` is module-level state.',
    },
  },
  create(context) {
    const source = context.sourceCode;
    const annotation = (declarator) => (declarator.id.typeAnnotation ? source.getText(declarator.id.typeAnnotation.typeAnnotation) : undefined);
    const checkDeclaration = (declaration) => {
      if (declaration.kind !== 'const') return context.report({ node: declaration, messageId: 'variable', data: { kind: declaration.kind } });
      for (const declarator of declaration.declarations) if (declarator.init) checkValue(declarator.init, annotation(declarator));
    };
    const checkValue = (init, type) => {
      const readonlyType = type !== undefined && READONLY_TYPE.test(type);
      if (init.type === 'TSAsExpression' && init.typeAnnotation.type === 'TSTypeReference' && source.getText(init.typeAnnotation) === 'const') return;
      if (init.type === 'TSAsExpression' || init.type === 'TSSatisfiesExpression') return checkValue(init.expression, type);
      if (init.type === 'CallExpression' && source.getText(init.callee) === 'Object.freeze') return;
      if (init.type === 'NewExpression') return checkNew(init, readonlyType);
      if ((init.type === 'ArrayExpression' || init.type === 'ObjectExpression') && !readonlyType) {
        context.report({ node: init, messageId: 'collection', data: { what: init.type === 'ArrayExpression' ? 'array' : 'object' } });
      }
    };
    const checkNew = (node, readonlyType) => {
      const name = node.callee.type === 'Identifier' ? node.callee.name : source.getText(node.callee);
      if (NEVER.has(name)) return context.report({ node, messageId: 'weak', data: { name } });
      if (name === 'RegExp') {
        const flags = node.arguments[1];
        if (flags && (flags.type !== 'Literal' || /[gy]/.test(String(flags.value)))) context.report({ node, messageId: 'regexp' });
        return;
      }
      if (MUTABLE_COLLECTIONS.has(name) && readonlyType) return;
      context.report({ node, messageId: MUTABLE_COLLECTIONS.has(name) ? 'collection' : 'instance', data: { name, what: `\`new ${name}\`` } });
    };
    return {
      'Program > VariableDeclaration': checkDeclaration,
      'Program > ExportNamedDeclaration > VariableDeclaration': checkDeclaration,
      'Program > ExportDefaultDeclaration > :matches(ArrayExpression, ObjectExpression, NewExpression)': (node) => checkValue(node, undefined),
      'Literal[regex]': (node) => {
        const atTop = context.sourceCode.getAncestors(node).every((ancestor) => ['Program', 'VariableDeclaration', 'VariableDeclarator', 'ExportNamedDeclaration', 'TSAsExpression'].includes(ancestor.type));
        if (atTop && /[gy]/.test(node.regex.flags)) context.report({ node, messageId: 'regexp' });
      },
      'PropertyDefinition[static=true][readonly!=true]': (node) => context.report({ node, messageId: 'staticField' }),
    };
  },
};
