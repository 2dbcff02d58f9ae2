import type { PackModel } from '../model/types';
import type { ReportBlock, ReportSection } from './types';

/** The strategy in brief: the diagnosis's summary, the guiding policy by title, the non-goals. */
export function strategySection(model: PackModel): ReportSection {
  const strategy = model.input.strategy ?? {};
  const blocks: ReportBlock[] = [];
  const summary = strategy.diagnosis?.summary ?? [];
  if (summary.length) blocks.push({ kind: 'paragraph', text: 'Diagnosis:' }, { kind: 'list', items: summary.map(String) });
  const policy = strategy.guiding_policy ?? [];
  if (policy.length) blocks.push({ kind: 'paragraph', text: 'Guiding policy:' }, { kind: 'list', items: policy.map((p) => (p.text ? `${p.title}: ${p.text}` : String(p.title))) });
  const nonGoals = strategy.non_goals ?? [];
  if (nonGoals.length) blocks.push({ kind: 'paragraph', text: 'Not doing:' }, { kind: 'list', items: nonGoals.map((n) => (n.rationale ? `${n.item}: ${n.rationale}` : String(n.item))) });
  return { id: 'strategy', heading: 'Strategy in brief', blocks: blocks.length ? blocks : [{ kind: 'paragraph', text: 'The pack states no strategy.' }] };
}
