import { scenarioIds, type PackModel } from '../pack';

/** The usage error of `--scenario ID` for a pack without that scenario: what it has instead. */
export function noSuchScenario(where: string, id: string, model: PackModel): string {
  const ids = scenarioIds(model);
  const has = ids.length > 0 ? `its scenarios are ${ids.map((known) => `'${known}'`).join(', ')}` : 'it has none';
  return `${where} has no scenario '${id}' (${has})`;
}
