import { z } from 'zod';
import type { Finding } from '../diagnostic';
import { CHANGE_SCHEMAS, scenarioSchema } from '../schema/packSchema';
import { Locator, Repairable, repairable, validate } from '../schema/validate';
import type { Scenario, ScenarioChange } from './types';

type ChangeName = keyof typeof CHANGE_SCHEMAS;

/** A scenario with its changes read as plain mappings: each change is validated by the schema of what it names. */
const SHELL = repairable(scenarioSchema.extend({ changes: z.array(z.unknown()) }));
const CHANGES: Readonly<Record<ChangeName, Repairable<Record<string, unknown>>>> = Object.fromEntries(
  Object.entries(CHANGE_SCHEMAS).map(([name, schema]) => [name, repairable(schema as unknown as z.ZodType<Record<string, unknown>>)]),
) as Record<ChangeName, Repairable<Record<string, unknown>>>;
const NAMES = Object.keys(CHANGE_SCHEMAS) as ChangeName[];
const NAME_LIST = NAMES.map((name) => `\`${name}:\``).join(', ');

/**
 * Validates `scenarios:`. Each change is validated like the entity it names
 * (that entity's schema, every key optional), so a bad value or an unknown
 * key is reported where the change writes it; whether the id it names exists
 * is RP202's (rules/scenarioTargets.ts).
 */
export function validateScenarios(value: unknown, locator: Locator): { scenarios: Scenario[]; findings: Finding[] } {
  const findings: Finding[] = [];
  if (value === undefined || value === null) return { scenarios: [], findings };
  if (!Array.isArray(value)) return { scenarios: [], findings: [{ code: 'RP101', message: '`scenarios` should be a list (items starting with `- `).', span: locator.span(['scenarios']) }] };
  const scenarios: Scenario[] = [];
  value.forEach((item, index) => {
    const path = ['scenarios', index];
    const shell = validate(SHELL, item, path, locator);
    findings.push(...shell.findings);
    if (!shell.data) return;
    const changes = (shell.data.changes ?? []).flatMap((change, at) => validChange(change, [...path, 'changes', at], locator, findings));
    scenarios.push({ id: shell.data.id ?? '', title: shell.data.title ?? shell.data.id ?? '', path, changes });
  });
  return { scenarios, findings };
}

/** The change as the model keeps it, or nothing when it names nothing it can apply. */
function validChange(change: unknown, path: (string | number)[], locator: Locator, findings: Finding[]): ScenarioChange[] {
  if (change === null || typeof change !== 'object' || Array.isArray(change)) {
    findings.push({ code: 'RP101', message: `A change is a mapping that names one entity (${NAME_LIST}) and the keys it replaces.`, span: locator.span(path) });
    return [];
  }
  const named = NAMES.filter((name) => Object.hasOwn(change, name));
  if (named.length === 0) {
    findings.push({ code: 'RP101', message: `This change names nothing to replace: start it with ${NAME_LIST}.`, span: locator.span(path) });
    return [];
  }
  if (named.length > 1) {
    findings.push({ code: 'RP101', message: `A change names one entity; \`${named[1]}:\` here is a second one: write it as a change of its own.`, span: locator.span([...path, named[1]], 'key') });
    return [];
  }
  const kind = named[0];
  const { data, findings: own } = validate(CHANGES[kind], change, path, locator);
  findings.push(...own);
  if (!data || (kind !== 'capacity' && typeof data[kind] !== 'string')) return [];
  // The naming key holds the id (for `capacity`, the replaced keys themselves); the others are what the change replaces.
  const { [kind]: naming, ...keys } = data;
  if (kind === 'capacity') return [{ kind, target: '', keys: (naming ?? {}) as Record<string, unknown>, path, keysAt: [...path, 'capacity'] }];
  return [{ kind, target: naming as string, keys, path, keysAt: path }];
}
