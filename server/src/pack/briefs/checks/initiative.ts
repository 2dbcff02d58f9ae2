import type { Finding } from '../../diagnostic';
import { closest } from '../../suggest';
import type { BriefCheck } from '../context';
import { textOf } from '../parseBrief';

/** RP702: the brief's `initiative` is an initiative of its pack (or of any pack the host knows). */
export function checkInitiative({ brief, context }: BriefCheck): Finding[] {
  const field = brief.initiative;
  const id = textOf(field?.value);
  if (!field || !id || (!context.pack && !context.packIds)) return [];
  const entity = context.pack?.model.byId.get(id);
  if (entity?.kind === 'initiative' || (!context.pack && context.packIds?.includes(id))) return [];
  const where = context.pack ? `the pack "${context.pack.model.title}"` : 'any pack';
  if (entity) return [{ code: 'RP702', message: `\`${id}\` is a ${entity.kind === 'dependency' ? 'register dependency' : entity.kind} in ${where}, not an initiative.`, span: field.valueSpan }];
  const candidates = new Set([...(context.pack?.model.initiatives.map((initiative) => initiative.id) ?? []), ...(context.packIds ?? [])]);
  const suggestion = closest(id, candidates);
  return [
    {
      code: 'RP702',
      message: `\`${id}\` is not an initiative of ${where}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
      span: field.valueSpan,
      fixes: suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ span: field.valueSpan, newText: suggestion }], preferred: true }] : undefined,
    },
  ];
}
