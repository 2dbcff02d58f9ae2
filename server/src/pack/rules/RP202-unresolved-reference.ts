import type { Finding, Fix } from '../diagnostic';
import type { Entity } from '../model/types';
import type { Path } from '../parse/nodeLoc';
import { closest } from '../suggest';
import type { Rule, RuleContext } from './rule';

export const unresolvedReference: Readonly<Rule<'RP202'>> = {
  code: 'RP202',
  name: 'unresolved-reference',
  severity: 'error',
  summary: 'A `depends_on`, `after` or `affects` names an id that nothing defines, or something of the wrong kind.',
  check: (context) => [...edgeReferences(context), ...affectsReferences(context)],
};

const SCHEDULABLE: ReadonlySet<string> = new Set(['initiative', 'gate', 'dependency']);

function edgeReferences(context: RuleContext): Finding[] {
  // Candidates for "did you mean" are only gathered when something is missing.
  let known: string[] | undefined;
  const candidates = () => (known ??= idsOfKinds(context, SCHEDULABLE));
  const findings: Finding[] = [];
  const { targets } = context.analysis.edgeEnds;
  for (const [n, edge] of context.model.edges.entries()) {
    const target = targets[n];
    if (target && SCHEDULABLE.has(target.kind)) continue;
    const field = edge.milestone === undefined ? 'depends_on' : 'after';
    findings.push(target ? wrongKind(context, target, edge.path, `\`${field}\` takes initiatives, gates and register dependencies`) : missing(context, edge.to, edge.path, candidates(), `\`${field}\` names`));
  }
  return findings;
}

function affectsReferences(context: RuleContext): Finding[] {
  const kinds = new Set(['initiative', 'gate']);
  let known: string[] | undefined;
  const candidates = () => (known ??= idsOfKinds(context, kinds));
  return context.model.risks.flatMap((risk) =>
    (risk.input.affects ?? []).flatMap((id, index) => {
      const path = [...risk.path, 'affects', index];
      const target = context.model.byId.get(id);
      if (!target) return [missing(context, id, path, candidates(), '`affects` names')];
      if (!kinds.has(target.kind)) return [wrongKind(context, target, path, '`affects` takes initiatives and gates')];
      return [];
    }),
  );
}

function idsOfKinds(context: RuleContext, kinds: ReadonlySet<string>): string[] {
  return [...context.model.byId.values()].filter((entity) => kinds.has(entity.kind)).map((entity) => entity.id);
}

function missing(context: RuleContext, id: string, path: Path, candidates: string[], what: string): Finding {
  const span = context.span(path);
  const suggestion = closest(id, candidates);
  const fixes: Fix[] | undefined = suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ span, newText: suggestion }], preferred: true }] : undefined;
  const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
  return { code: 'RP202', message: `${what} \`${id}\`, which no initiative, gate or dependency defines.${hint}`, span, fixes };
}

function wrongKind(context: RuleContext, target: Entity, path: Path, rule: string): Finding {
  return {
    code: 'RP202',
    message: `\`${target.id}\` is a ${target.kind === 'dependency' ? 'register dependency' : target.kind}, but ${rule}.`,
    span: context.span(path),
    related: [{ message: `\`${target.id}\` is defined here`, span: context.span([...target.path, 'id']) }],
  };
}
