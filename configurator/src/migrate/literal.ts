/**
 * Reads JavaScript source without running it: acorn parses it, and only literal values (strings, numbers, booleans,
 * null, regular expressions, arrays, objects, templates without expressions, string concatenations) are turned into
 * data. Anything else (a function, a variable, a call) becomes an Unreadable marker, so a converter can list it as
 * not carried over.
 */
import { parse, parseExpressionAt, type Node } from 'acorn';

/** A value the source computes (a function, a variable…): kept as its kind and its source text, never evaluated. */
export class Unreadable {
  constructor(
    readonly kind: 'function' | 'expression',
    readonly source: string,
  ) {}
}

/** A regular expression literal, as the "/source/" string our cookie lists take. */
export class RegexLiteral {
  constructor(readonly pattern: string) {}
  toString(): string {
    return `/${this.pattern}/`;
  }
}

type AnyNode = Node & Record<string, any>;

/** The data an expression node stands for (see the module's comment). */
export function valueOf(node: AnyNode, text: string): unknown {
  switch (node.type) {
    case 'Literal':
      return node.regex ? new RegexLiteral(node.regex.pattern) : node.value;
    case 'TemplateLiteral':
      return node.expressions.length ? new Unreadable('expression', text.slice(node.start, node.end)) : node.quasis[0].value.cooked;
    case 'UnaryExpression': {
      const inner = valueOf(node.argument, text);
      if (node.operator === '-' && typeof inner === 'number') return -inner;
      if (node.operator === '!' && typeof inner === 'number') return !inner;
      return new Unreadable('expression', text.slice(node.start, node.end));
    }
    case 'BinaryExpression': {
      const [left, right] = [valueOf(node.left, text), valueOf(node.right, text)];
      if (node.operator === '+' && typeof left === 'string' && typeof right === 'string') return left + right;
      if (node.operator === '*' && typeof left === 'number' && typeof right === 'number') return left * right;
      return new Unreadable('expression', text.slice(node.start, node.end));
    }
    case 'ArrayExpression':
      return node.elements.map((element: AnyNode | null) => (element ? valueOf(element, text) : null));
    case 'ObjectExpression': {
      const result: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed) continue;
        const key = property.key.type === 'Identifier' ? property.key.name : String(property.key.value);
        result[key] = property.kind === 'init' && !property.method ? valueOf(property.value, text) : new Unreadable('function', text.slice(property.start, property.end));
      }
      return result;
    }
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return new Unreadable('function', text.slice(node.start, node.end));
    default:
      return new Unreadable('expression', text.slice(node.start, node.end));
  }
}

/** Every node of a tree, depth first (acorn's nodes are plain objects with a `type`). */
export function* nodes(node: AnyNode): Generator<AnyNode> {
  yield node;
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) {
      for (const item of child) if (item && typeof item.type === 'string') yield* nodes(item);
    } else if (child && typeof child === 'object' && typeof child.type === 'string') yield* nodes(child);
  }
}

/** The program, as a script or else as a module; undefined when the text is not JavaScript. */
export function parseProgram(text: string): AnyNode | undefined {
  for (const sourceType of ['script', 'module'] as const) {
    try {
      return parse(text, { ecmaVersion: 'latest', sourceType, allowReturnOutsideFunction: true, allowHashBang: true }) as AnyNode;
    } catch {
      // Try the other source type.
    }
  }
  return undefined;
}

/** The text as one object literal (`{…}` or `({…});`), or undefined. */
export function parseObjectLiteral(text: string): Record<string, unknown> | undefined {
  const trimmed = text.trim();
  const start = trimmed.startsWith('(') ? 1 : 0;
  try {
    const node = parseExpressionAt(trimmed, start, { ecmaVersion: 'latest' }) as AnyNode;
    const rest = trimmed.slice(node.end).replace(/^\s*\)?\s*;?\s*$/, '');
    if (node.type !== 'ObjectExpression' || rest) return undefined;
    return valueOf(node, trimmed) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** `a.b.c` of a member expression (identifiers and string keys only), e.g. "tarteaucitron.user.gtagUa". */
export function dottedName(node: AnyNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'ThisExpression') return 'this';
  if (node.type === 'MemberExpression') {
    const object = dottedName(node.object);
    const key = node.computed ? (node.property.type === 'Literal' ? String(node.property.value) : undefined) : node.property.name;
    return object && key !== undefined ? `${object}.${key}` : undefined;
  }
  return undefined;
}
