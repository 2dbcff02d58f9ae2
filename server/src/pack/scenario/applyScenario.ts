import { CheckCache } from '../cache/checkCache';
import { PackResult, checkParsed } from '../checkPack';
import type { PackModel, Scenario, ScenarioChange } from '../model/types';
import type { CheckOptions } from '../options';
import type { Path } from '../parse/nodeLoc';
import { ParsedChunk, ParsedEntry, ParsedPack, nodeLocAt } from '../parse/parsePack';
import { OverlaidMapping, overlaidLoc, overlaidValue } from './locOverlay';
import { changeTarget } from './targets';

/**
 * The pack as the scenario has it: the same text, with each change's keys
 * replacing the named entity's (or the pack's `capacity`). A replaced key's
 * location is the change's, so a finding it causes is reported where the
 * scenario writes it; every other key keeps its place in the entity.
 * Undefined when the pack has no scenario with this id. Changes that name
 * nothing (RP202) or hold bad values (dropped by validation) change nothing.
 */
export function applyScenario(model: PackModel, id: string): ParsedPack | undefined {
  const scenario = model.scenarios.find((candidate) => candidate.id === id);
  return scenario && new ScenarioOverlay(model.parsed).apply(model, scenario);
}

/**
 * Checks the pack under the scenario, cold: the scenario's parse is not the
 * document's, so the document's CheckCache is neither read nor written (a
 * scenario check must never stand in for the next incremental check).
 */
export function checkScenario(model: PackModel, id: string, options: Partial<CheckOptions> = {}): PackResult | undefined {
  const parsed = applyScenario(model, id);
  return parsed && checkParsed(parsed, options, new CheckCache());
}

/** The ids of the pack's scenarios, in order (for a usage error, a picker). */
export function scenarioIds(model: PackModel): string[] {
  return model.scenarios.map((scenario) => scenario.id);
}

class ScenarioOverlay {
  /** Overlaid mappings by the path of what they replace (`teams/2`, `capacity`). */
  private readonly mappings = new Map<string, { path: Path; mapping: OverlaidMapping }>();

  constructor(private readonly parsed: ParsedPack) {}

  apply(model: PackModel, scenario: Scenario): ParsedPack {
    for (const change of scenario.changes) {
      const target = changeTarget(model, change);
      if (!target) continue;
      const path = target.kind === 'capacity' ? ['capacity'] : target.kind === 'team' ? target.team.path : target.entity.path;
      this.replace(path, change);
    }
    return this.result();
  }

  private replace(path: Path, change: ScenarioChange): void {
    const mapping = this.mappingAt(path);
    const written = nodeLocAt(this.parsed, change.keysAt);
    for (const [key, value] of Object.entries(change.keys)) mapping.fields.set(key, { value, loc: written?.loc.prop(key), base: written?.chunk.base ?? 0 });
  }

  private mappingAt(path: Path): OverlaidMapping {
    const key = path.join('/');
    const known = this.mappings.get(key);
    if (known) return known.mapping;
    const mapping = this.original(path);
    this.mappings.set(key, { path, mapping });
    return mapping;
  }

  /** The mapping at the path as the pack writes it (empty where it writes none). */
  private original(path: Path): OverlaidMapping {
    const found = nodeLocAt(this.parsed, path);
    const value = valueAt(this.parsed.value, path);
    const fields: OverlaidMapping['fields'] = new Map();
    const base = found?.chunk.base ?? 0;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, field] of Object.entries(value)) fields.set(key, { value: field, loc: found?.loc.prop(key), base });
    }
    const span = found ? { start: found.loc.start + base, end: found.loc.end + base } : { start: 0, end: 0 };
    return { span, fields };
  }

  private result(): ParsedPack {
    const value: Record<string, unknown> = { ...this.parsed.value };
    const entries = new Map(this.parsed.entries);
    for (const { path, mapping } of this.mappings.values()) {
      if (path[0] === 'capacity') this.setCapacity(value, entries, mapping);
      else this.setItem(value, entries, String(path[0]), path[1] as number, mapping);
    }
    return { ...this.parsed, value, entries, pieces: [] };
  }

  private setCapacity(value: Record<string, unknown>, entries: Map<string, ParsedEntry>, mapping: OverlaidMapping): void {
    value.capacity = overlaidValue(mapping);
    const keySpan = entries.get('capacity')?.keySpan ?? mapping.span;
    const header: ParsedChunk = { ...this.wholeText(), value: { capacity: value.capacity }, loc: overlaidLoc(mapping, { key: 'capacity', keySpan }) };
    entries.set('capacity', { key: 'capacity', keySpan, header, items: [] });
  }

  private setItem(value: Record<string, unknown>, entries: Map<string, ParsedEntry>, list: string, index: number, mapping: OverlaidMapping): void {
    const entry = entries.get(list)!;
    const items = (value[list] = [...(value[list] as unknown[])]);
    items[index] = overlaidValue(mapping);
    // A list parsed whole has no item pieces: each item gets one, so the overlaid item can have its own.
    const chunks = entry.items.length === items.length ? [...entry.items] : items.map((_, at) => this.itemChunk(this.original([list, at]), items[at]));
    chunks[index] = this.itemChunk(mapping, items[index]);
    entries.set(list, { ...entry, items: chunks });
  }

  private itemChunk(mapping: OverlaidMapping, item: unknown): ParsedChunk {
    return { ...this.wholeText(), value: [item], loc: overlaidLoc(mapping, 'item') };
  }

  /** A piece read against the whole text: overlaid locations are absolute. */
  private wholeText(): Pick<ParsedChunk, 'base' | 'source' | 'findings'> {
    return { base: 0, source: this.parsed.text, findings: [] };
  }
}

function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
