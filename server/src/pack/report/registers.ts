import type { PackModel } from '../model/types';
import { formatWeek } from '../time';
import type { ReportSection } from './types';

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** The risk register as the pack writes it: every risk is open (the register has no status). */
export function riskRegister(model: PackModel): ReportSection {
  const rows = model.risks.map((risk) => {
    const { likelihood, impact, owner, mitigation } = risk.input;
    return [risk.id, risk.title, text(likelihood), text(impact), text(owner), text(mitigation)];
  });
  return {
    id: 'risks',
    heading: 'Risks',
    blocks: rows.length ? [{ kind: 'table', head: ['Id', 'Risk', 'Likelihood', 'Impact', 'Owner', 'Mitigation'], rows }] : [{ kind: 'paragraph', text: 'The pack lists no risks.' }],
  };
}

/** The cross-team dependency register, with the week each is needed by. */
export function dependencyRegister(model: PackModel): ReportSection {
  const rows = model.dependencies.map((dependency) => {
    const { requester, provider, status, owner } = dependency.input;
    return [dependency.id, dependency.title, text(requester), text(provider), dependency.neededBy === undefined ? '' : formatWeek(dependency.neededBy), text(status ?? 'open'), text(owner)];
  });
  return {
    id: 'register',
    heading: 'Dependency register',
    blocks: rows.length
      ? [{ kind: 'table', head: ['Id', 'Dependency', 'Requester', 'Provider', 'Needed by', 'Status', 'Owner'], rows }]
      : [{ kind: 'paragraph', text: 'The pack lists no cross-team dependencies.' }],
  };
}
