import type { PackModel } from '../model/types';
import { isTbd } from '../strategy/completeness';
import type { GoalStanding } from '../strategy/goals';
import { countOrNo } from '../text/format';
import { Criterion, checkCriterion, everyCriterion, gap } from './qualityTypes';

/**
 * Diagnosis quality: what is true now, in numbers.
 * 1. A current-state summary (at least one statement).
 * 2. At least three quantified signals in the evidence.
 * 3. Every signal has a current value and a target that is not TBD.
 * 4. At least one constraint stated.
 */
export function diagnosisCriteria(model: PackModel): Criterion[] {
  const diagnosis = model.input.strategy?.diagnosis;
  const [summary, evidence, constraints] = [diagnosis?.summary ?? [], diagnosis?.evidence ?? [], diagnosis?.constraints ?? []];
  const signals = evidence.map((row, index) => ({ name: row.signal, path: ['strategy', 'diagnosis', 'evidence', index], gaps: [...gap(row.current, 'no current value'), ...(isTbd(row.target) ? [`target ${row.target}`] : gap(row.target, 'no target'))] }));
  return [
    checkCriterion('A current-state summary', summary.length > 0, countOrNo(summary.length, 'summary statement')),
    checkCriterion('At least 3 quantified signals in the evidence', evidence.length >= 3, countOrNo(evidence.length, 'evidence signal'), evidence.map((row) => row.signal)),
    everyCriterion('Every signal has a current value and a target (not TBD)', 'signals with current and target', signals),
    checkCriterion('Constraints stated', constraints.length > 0, countOrNo(constraints.length, 'constraint')),
  ];
}

/**
 * Guiding policy coherence: a few principles that explain themselves and sit
 * between a diagnosis and the actions (Rumelt's kernel).
 * 1. At least three policies.
 * 2. Every policy has a title and text that explains it.
 * 3. No more than seven (a policy that covers everything guides nothing).
 * 4. The kernel is whole: a diagnosis (summary or evidence), the policy and at least one initiative that is not cut.
 */
export function policyCriteria(model: PackModel): Criterion[] {
  const policies = model.input.strategy?.guiding_policy ?? [];
  const named = policies.map((policy, index) => ({ name: policy.id ?? policy.title ?? `policy ${index + 1}`, path: ['strategy', 'guiding_policy', index], gaps: [...gap(policy.title, 'no title'), ...gap(policy.text, 'no text')] }));
  const diagnosis = model.input.strategy?.diagnosis;
  const actions = model.initiatives.filter((initiative) => initiative.status !== 'cut').length;
  const kernel = [
    { name: 'diagnosis', here: (diagnosis?.summary?.length ?? 0) + (diagnosis?.evidence?.length ?? 0) > 0 },
    { name: 'guiding policy', here: policies.length > 0 },
    { name: 'coherent actions', here: actions > 0 },
  ];
  const missing = kernel.filter((part) => !part.here).map((part) => part.name);
  return [
    checkCriterion('At least 3 guiding policies', policies.length >= 3, countOrNo(policies.length, 'policy', 'policies'), named.map((policy) => policy.name)),
    everyCriterion('Every policy has a title and text that explains it', 'policies explained', named),
    checkCriterion('No more than 7 policies (a policy that covers everything guides nothing)', policies.length >= 1 && policies.length <= 7, policies.length > 7 ? `${policies.length} policies` : policies.length === 0 ? 'no policy' : 'at most 7'),
    checkCriterion('The kernel is whole: a diagnosis, the policy and coherent actions', missing.length === 0, missing.length === 0 ? `diagnosis, policy and ${countOrNo(actions, 'initiative')}` : `no ${missing.join(', no ')}`, kernel.filter((part) => part.here).map((part) => part.name), missing),
  ];
}

/**
 * Alignment and stakeholder usefulness: what the plan is for, who decides
 * what, and how the plan is kept.
 * 1. The audience and the decision the pack enables are stated.
 * 2. Goal coverage: goals stated, each served by work that is not cut and
 *    none late by its `by` (RP801, RP803).
 * 3. A governance cadence (at least one review rhythm).
 * 4. Update rules and decision owners (at least one of each).
 */
export function alignmentCriteria(model: PackModel, goals: readonly GoalStanding[]): Criterion[] {
  const { audience, decision, governance } = model.input;
  const [cadence, rules, owners] = [governance?.cadence ?? [], governance?.update_rules ?? [], governance?.decision_owners ?? []];
  const keeping = [
    { name: 'update rules', here: rules.length > 0 },
    { name: 'decision owners', here: owners.length > 0 },
  ];
  const stated = [
    { name: 'audience', here: gap(audience, 'x').length === 0 },
    { name: 'decision', here: gap(decision, 'x').length === 0 },
  ];
  return [
    checkCriterion(
      'The audience and the decision this pack enables are stated',
      stated.every((part) => part.here),
      [audience ? `audience: ${audience}` : 'no audience', decision ? 'decision stated' : 'no decision'].join(', '),
      stated.filter((part) => part.here).map((part) => part.name),
      stated.filter((part) => !part.here).map((part) => `no ${part.name}`),
    ),
    goalCoverage(goals),
    checkCriterion('A governance cadence (review rhythm)', cadence.length > 0, countOrNo(cadence.length, 'review rhythm'), cadence.map((row) => row.cadence)),
    checkCriterion(
      'Update rules and decision owners',
      rules.length > 0 && owners.length > 0,
      `${countOrNo(rules.length, 'update rule')}, ${countOrNo(owners.length, 'decision owner')}`,
      keeping.filter((part) => part.here).map((part) => part.name),
      keeping.filter((part) => !part.here).map((part) => part.name),
    ),
  ];
}


/** Goals stated, every one served by work that is not cut, and none late (RP801, RP803). */
function goalCoverage(goals: readonly GoalStanding[]): Criterion {
  const short = goals.filter((standing) => standing.state === 'unserved' || standing.state === 'late');
  const served = goals.filter((standing) => standing.state !== 'unserved').length;
  const late = goals.filter((standing) => standing.state === 'late').length;
  const summary = goals.length === 0 ? 'no goals' : `${served} of ${goals.length} goals served${late > 0 ? `, ${late} late` : ''}`;
  return checkCriterion(
    'Goal coverage: goals stated, each served by work that is not cut, none late (RP801, RP803)',
    goals.length > 0 && short.length === 0,
    summary,
    goals.filter((standing) => !short.includes(standing)).map((standing) => standing.goal.id),
    goals.length === 0 ? ['no goals'] : short.map((standing) => `${standing.goal.id} (${standing.state === 'late' ? 'late' : 'unserved'})`),
    goals.length === 0 ? [] : short.map((standing) => standing.goal.path),
  );
}
