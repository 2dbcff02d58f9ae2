/**
 * The seed's "Quality Gate: Self-Assessment" computed from the pack instead
 * of self-scored. Six dimensions, each with four documented criteria (see
 * qualityStrategy.ts, qualityActions.ts and qualityDelivery.ts); a dimension
 * scores 1 plus the number of criteria it meets, so 5 means every criterion
 * met and each unmet one costs a point. The verdict follows the seed: "Ship"
 * when no dimension is below 4, else "Revise", naming the weak dimensions;
 * and a pack with errors is "Revise" whatever its scores, the errors counted
 * first (qualityChecks.ts).
 */
import type { PackResult } from '../checkPack';
import { actionCriteria } from './qualityActions';
import { errorsText, gateChecks } from './qualityChecks';
import { feasibilityCriteria, measureCriteria } from './qualityDelivery';
import { alignmentCriteria, diagnosisCriteria, policyCriteria } from './qualityStrategy';
import type { Criterion, Dimension, DimensionName, GateChecks, QualityGate } from './qualityTypes';

export { qualityGateMarkdown } from './qualityMarkdown';
export type { Criterion, Dimension, DimensionName, GateChecks, QualityGate } from './qualityTypes';

/** Scores the pack on the seed's six dimensions. Pure; never throws on a checked pack. */
export function qualityGate(result: PackResult): QualityGate {
  const { model } = result;
  const feasibility = feasibilityCriteria(result);
  const dimensions = [
    dimension('Diagnosis quality', diagnosisCriteria(model)),
    dimension('Guiding policy coherence', policyCriteria(model)),
    dimension('Actionability of coherent actions', actionCriteria(result)),
    dimension('Alignment and stakeholder usefulness', alignmentCriteria(model, result.analysis.goals)),
    dimension('Feasibility and trade-offs', feasibility.criteria, feasibility.notes),
    dimension('Measurability and risk management', measureCriteria(model)),
  ];
  const weak = dimensions.filter((d) => d.score < 4).map((d) => d.name);
  const checks = gateChecks(result);
  const verdict = weak.length === 0 && checks.errors === 0 ? 'Ship' : 'Revise';
  return { dimensions, checks, verdict, weak, verdictText: verdictText(dimensions, checks) };
}

function dimension(name: DimensionName, criteria: Criterion[], notes: string[] = []): Dimension {
  return { name, score: 1 + criteria.filter((c) => c.met).length, rationale: criteria.map(rationale).join('; '), criteria, notes };
}

/** The summary, and for an unmet criterion the first things missing. */
function rationale(criterion: Criterion): string {
  if (criterion.met || criterion.missing.length === 0) return criterion.summary;
  const shown = criterion.missing.slice(0, 3).join(', ');
  const more = criterion.missing.length > 3 ? ` and ${criterion.missing.length - 3} more` : '';
  return `${criterion.summary} (missing: ${shown}${more})`;
}

function verdictText(dimensions: Dimension[], checks: GateChecks): string {
  const weak = dimensions.filter((d) => d.score < 4);
  const below = weak.length > 0 ? ` Below 4: ${weak.map((d) => `${d.name} (${d.score})`).join('; ')}.` : '';
  if (checks.errors > 0) return `Revise. The pack has ${errorsText(checks)}: fix ${checks.errors === 1 ? 'it' : 'them'} first.${below}`;
  if (weak.length > 0) return `Revise.${below}`;
  const fours = dimensions.filter((d) => d.score === 4);
  return fours.length === 0 ? 'Ship. No dimension below 4; all dimensions at 5.' : `Ship. No dimension below 4; at 4: ${fours.map((d) => d.name).join('; ')}.`;
}
