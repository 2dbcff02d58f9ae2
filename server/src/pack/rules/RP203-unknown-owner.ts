import type { Finding, Fix, TextEdit } from '../diagnostic';
import { appendListItem } from '../navigate/listEdits';
import { valueAt } from '../navigate/symbolAt';
import type { ParsedPack } from '../parse/parsePack';
import { closest } from '../suggest';
import type { Rule, RuleContext } from './rule';
import { newlineOf } from '../text/format';

export const unknownOwner: Readonly<Rule<'RP203'>> = {
  code: 'RP203',
  name: 'unknown-owner',
  severity: 'error',
  summary: "An initiative's `owner` is not a team of the pack (by id or name), so its effort loads no one.",
  check: (context) => {
    const findings: Finding[] = [];
    for (const initiative of context.model.initiatives) {
      for (const owner of initiative.owners) if (!context.analysis.teams.find(owner.name)) findings.push(finding(context, initiative.id, owner.name, owner.path));
    }
    return findings;
  },
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
    fixes: [...(suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ span, newText: suggestion }], preferred: true }] : []), ...addTeam(context.model.parsed, owner)],
  };
}

/** Adds the unknown owner as a team, with no engineers yet, so that the capacity checks ask for them. */
function addTeam(parsed: ParsedPack, name: string): Fix[] {
  const id = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'team';
  const item = id === name ? `{ id: ${id}, engineers: 0 }` : `{ id: ${id}, name: ${JSON.stringify(name)}, engineers: 0 }`;
  const edit = teamsEdit(parsed, item);
  return edit ? [{ title: `Add team \`${id}\` to the pack`, edits: [edit] }] : [];
}

/** After the last team; or a new `teams:` list at the end when the pack has none. */
function teamsEdit(parsed: ParsedPack, item: string): TextEdit | undefined {
  const teams = valueAt(parsed.value, ['teams']);
  if (Array.isArray(teams) && teams.length > 0) return appendListItem(parsed, ['teams'], teams.length - 1, item);
  if (parsed.entries.has('teams')) return undefined; // `teams:` written some other way: not ours to rewrite
  const { text } = parsed;
  const newline = newlineOf(text);
  return { span: { start: text.length, end: text.length }, newText: `${text.endsWith('\n') ? '' : newline}teams:${newline}  - ${item}${newline}` };
}
