import type { Finding, Fix } from '../diagnostic';
import type { Tradeoff } from '../model/types';
import { listAnd } from '../strategy/completeness';
import type { EntityContext, Rule } from './rule';

const PARTS = [
  { key: 'decision', noun: 'a decision' },
  { key: 'rationale', noun: 'a rationale' },
  { key: 'mitigation', noun: 'a mitigation' },
] as const;

export const tradeoffIncomplete: Readonly<Rule<'RP806'>> = {
  code: 'RP806',
  name: 'tradeoff-incomplete',
  severity: 'hint',
  summary: 'A trade-off without a `decision`, a `rationale` or a `mitigation`.',
  each: {
    tradeoffs: (tradeoff, context) => incomplete(tradeoff, context),
  },
};

/** One finding per trade-off, on its id, naming every part missing, with a fix adding each as `TBD`. */
function incomplete(tradeoff: Tradeoff, context: EntityContext): Finding[] {
  const absent = PARTS.filter(({ key }) => blank(tradeoff.input[key]));
  if (absent.length === 0) return [];
  return [
    {
      code: 'RP806',
      message: `Trade-off ${tradeoff.id} is missing ${listAnd(absent.map(({ noun }) => noun))}: a trade-off says what was chosen, why, and how its cost is contained.`,
      span: context.span([...tradeoff.path, 'id']),
      fixes: placeholderFix(tradeoff, absent.map(({ key }) => key), context),
    },
  ];
}

function blank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** None where a missing key is written empty (a second would be a duplicate key). */
function placeholderFix(tradeoff: Tradeoff, keys: readonly string[], context: EntityContext): Fix[] | undefined {
  const edit = context.insertKeysEdit(
    tradeoff.path,
    keys.map((key) => [key, 'TBD'] as const),
  );
  return edit ? [{ title: `Add ${listAnd(keys.map((key) => `\`${key}\``))} (TBD) to ${tradeoff.id}`, edits: [edit] }] : undefined;
}
