import type { Finding, Fix } from '../diagnostic';
import { closest } from '../suggest';
import type { EntityContext, Rule } from './rule';

export const unknownOwner: Readonly<Rule<'RP203'>> = {
  code: 'RP203',
  name: 'unknown-owner',
  severity: 'error',
  summary: "An initiative's `owner` is not a team of the pack (by id or name), so its effort loads no one.",
  each: {
    initiatives: (initiative, context) => {
      const findings: Finding[] = [];
      for (const owner of initiative.owners) if (!context.teams().find(owner.name)) findings.push(finding(context, initiative.id, owner.name, owner.path));
      return findings;
    },
  },
};

function finding(context: EntityContext, initiativeId: string, owner: string, path: readonly (string | number)[]): Finding {
  const keyed = path[path.length - 1] === owner;
  const span = context.span(path, keyed ? 'key' : 'value');
  const teams = context.teams();
  const suggestion = closest(owner, teams.names());
  const known = listed(teams.teams.map((team) => team.id)) || 'none yet';
  const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : ` Teams: ${known}.`;
  return {
    code: 'RP203',
    message: `\`${owner}\` owns ${initiativeId || 'an initiative without an id'} but is not a team of this pack, so its effort counts against no one's capacity.${hint}`,
    span,
    fixes: [...(suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ span, newText: suggestion }], preferred: true }] : []), ...addTeam(context, owner)],
  };
}

/** Adds the unknown owner as a team, with no engineers yet, so that the capacity checks ask for them. */
function addTeam(context: EntityContext, name: string): Fix[] {
  const id = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'team';
  const item = id === name ? `{ id: ${id}, engineers: 0 }` : `{ id: ${id}, name: ${JSON.stringify(name)}, engineers: 0 }`;
  const edit = context.teamListEdit(item);
  return edit ? [{ title: `Add team \`${id}\` to the pack`, edits: [edit] }] : [];
}

/** The first few names, and how many more: a message stays short however many teams there are. */
function listed(names: string[], most = 10): string {
  return names.length <= most ? names.join(', ') : `${names.slice(0, most).join(', ')} and ${names.length - most} more`;
}
