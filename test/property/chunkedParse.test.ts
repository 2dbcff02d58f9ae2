/**
 * The chunked parse (splitTopLevel + one yaml parse per piece) must never
 * change what a pack means: whenever yaml itself parses the text without
 * errors, `parsePack(text).value` deep-equals `yaml.parse(text)` (ignoring
 * only object prototypes: the core uses null-prototype objects). Inputs are
 * the example packs with random mutations (see ./mutations.ts).
 */
import assert from 'node:assert/strict';
import { inspect, isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parse } from 'yaml';
import { parsePack } from '../../server/src/pack';
import { Case, Mutation, applyCase, caseArbitrary, loadExamples, mutation } from './mutations';

/** A deep copy with every object as a plain own-property bag (own keys kept even if `__proto__`). */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) Object.defineProperty(copy, key, { value: normalize((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
  return copy;
}

/** The first path where two normalized values differ, for a short failure message. */
function firstDifference(actual: unknown, expected: unknown, path = '$'): string | undefined {
  if (isDeepStrictEqual(actual, expected)) return undefined;
  const bothObjects = actual !== null && expected !== null && typeof actual === 'object' && typeof expected === 'object' && Array.isArray(actual) === Array.isArray(expected);
  if (bothObjects) {
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    for (const key of new Set([...Object.keys(e), ...Object.keys(a)])) {
      if (!Object.prototype.hasOwnProperty.call(a, key)) return `${path}[${JSON.stringify(key)}] missing from parsePack (yaml: ${inspect(e[key], { depth: 1 }).slice(0, 120)})`;
      if (!Object.prototype.hasOwnProperty.call(e, key)) return `${path}[${JSON.stringify(key)}] only in parsePack (${inspect(a[key], { depth: 1 }).slice(0, 120)})`;
      const inner = firstDifference(a[key], e[key], `${path}[${JSON.stringify(key)}]`);
      if (inner) return inner;
    }
  }
  return `${path}: parsePack ${inspect(actual, { depth: 1 }).slice(0, 120)}, yaml ${inspect(expected, { depth: 1 }).slice(0, 120)}`;
}

/** yaml's reading of the text, or undefined when yaml reports an error (or refuses, e.g. too many aliases). */
function yamlValue(text: string): { value: unknown } | undefined {
  try {
    return { value: parse(text, { logLevel: 'error' }) as unknown };
  } catch {
    return undefined;
  }
}

export function assertSameMeaning(text: string): boolean {
  const expected = yamlValue(text);
  if (!expected) return false;
  const parsed = parsePack(text);
  const shown = text.length > 300 ? `${JSON.stringify(text.slice(0, 300))}… (${text.length} chars)` : JSON.stringify(text);
  if (expected.value !== null && typeof expected.value === 'object' && !Array.isArray(expected.value)) {
    const difference = firstDifference(normalize(parsed.value), normalize(expected.value));
    assert.ok(difference === undefined, `parsePack(text).value differs from yaml.parse(text) at ${difference}\nfor ${shown}`);
  } else {
    // Not a mapping (empty, a scalar, a sequence): no top-level entries.
    assert.deepStrictEqual(Object.keys(parsed.value), [], `yaml reads ${JSON.stringify(expected.value)?.slice(0, 80)}, but parsePack found keys, for ${shown}`);
  }
  return true;
}

describe('property: the chunked parse reads what yaml reads', function () {
  this.timeout(120_000);
  const examples = loadExamples();

  it('the unmodified examples parse to exactly yaml.parse', () => {
    for (const example of examples) assert.ok(assertSameMeaning(example.text), `${example.name} does not parse`);
  });

  it('parsePack(text).value deep-equals yaml.parse(text) for mutated examples that yaml accepts (800 cases)', () => {
    let compared = 0;
    fc.assert(
      fc.property(caseArbitrary(examples), (testCase: Case) => {
        if (assertSameMeaning(applyCase(examples, testCase))) compared++;
      }),
      { numRuns: 800 },
    );
    // Most mutations keep the text valid YAML; make sure the property is not vacuous.
    assert.ok(compared > 200, `only ${compared} of 800 mutated texts were valid YAML`);
  });

  it('same, with structure-preserving edits only (line moves, value swaps, quoting, ids, endings) (400 cases)', () => {
    const structural = mutation.filter((m: Mutation) => m.kind !== 'truncate' && m.kind !== 'insert');
    fc.assert(
      fc.property(caseArbitrary(examples, structural), (testCase: Case) => {
        assertSameMeaning(applyCase(examples, testCase));
      }),
      { numRuns: 400 },
    );
  });
});
