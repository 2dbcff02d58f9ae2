import type { Finding } from '../diagnostic';
import { closest } from '../suggest';
import type { Rule, RuleContext } from './rule';

export const unknownOwner: Readonly<Rule> = {
  code: 'RP203',
  name: 'unknown-owner',
  severity: 'error',
  summary: "An initiative's `owner` is not a team of the pack (by id or name), so its effort loads no one.",
  check: (context) => context.model.initiatives.flatMap((initiative) => initiative.owners.filter((owner) => !context.analysis.teams.find(owner.name)).map((owner) => finding(context, initiative.id, owner.name, owner.path))),
};

function finding(context: RuleContext, initiativeId: string, owner: string, path: readonly (string | number)[]): Finding {
  const keyed = path[path.length - 1] === owner;
  const span = context.span(path, keyed ? 'key' : 'value');
  const suggestion = closest(owner, context.analysis.teams.names());
  const known = context.model.teams.map((team) => team.id).join(', ') || 'none yet';
  const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : ` Teams: ${known}.`;
  return {
    code: 'RP203',
    message: `\`${owner}\` owns ${initiativeId || 'an initiative without an id'} but is not a team of this pack, so its effort counts against no one's capacity.${hint}`,
    span,
    fixes: suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ span, newText: suggestion }], preferred: true }] : undefined,
  };
}
