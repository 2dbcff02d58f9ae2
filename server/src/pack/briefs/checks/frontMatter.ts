import type { Finding } from '../../diagnostic';
import { closest } from '../../suggest';
import type { Span } from '../../text/lineIndex';
import type { BriefCheck } from '../context';
import { textOf } from '../parseBrief';
import type { Brief, BriefField } from '../types';

const KNOWN_KEYS: readonly string[] = ['initiative', 'pack', 'title', 'owner', 'status'];

/** Where a brief stands in review; any other `status` is reported, with these. */
export const BRIEF_STATUSES: readonly string[] = ['draft', 'review', 'approved'];

/** RP701: the front matter is there, is YAML keys, names an initiative and only known keys. */
export function checkFrontMatter({ brief, options }: BriefCheck): Finding[] {
  if (!brief.frontMatter) return brief.findings.length > 0 ? brief.findings : [noFrontMatter(brief)];
  // What YAML could not read says nothing reliable about the keys: report the syntax only.
  if (brief.findings.some((finding) => finding.severity !== 'warning')) return brief.findings;
  const fields = [...brief.frontMatter.fields.values()];
  return [
    ...brief.findings,
    ...(brief.initiative ? notText(brief.initiative, 'an initiative id such as `db-scaling-1`') : [noInitiative(brief.frontMatter.open)]),
    ...fields.filter((field) => field.key !== 'initiative' && field.key !== 'status' && KNOWN_KEYS.includes(field.key)).flatMap((field) => notText(field, 'text')),
    ...badStatus(brief.frontMatter.fields.get('status')),
    ...fields.filter((field) => !KNOWN_KEYS.includes(field.key)).map(unknownKey),
    ...missingPack(brief.pack, options.fileExists),
  ];
}

function noFrontMatter(brief: Brief): Finding {
  const first = brief.lines[0];
  return {
    code: 'RP701',
    message: 'This brief has no front matter: start it with a line `---`, then `initiative: <id>`, then `---`.',
    span: { start: first.start, end: first.start + first.text.trimEnd().length },
  };
}

function noInitiative(open: Span): Finding {
  return { code: 'RP701', message: 'The front matter has no `initiative`: add `initiative: <id>` naming the initiative of the pack this brief describes.', span: open };
}

function notText(field: BriefField, what: string): Finding[] {
  const text = textOf(field.value);
  if (text !== undefined && text.trim() !== '') return [];
  const span = field.valueSpan.end > field.valueSpan.start ? field.valueSpan : field.keySpan;
  return [{ code: 'RP701', message: `\`${field.key}\` should be ${what}.`, span }];
}

function unknownKey(field: BriefField): Finding {
  const suggestion = closest(field.key, KNOWN_KEYS);
  const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
  return {
    code: 'RP701',
    severity: 'warning',
    message: `\`${field.key}\` is not a brief front-matter key (${KNOWN_KEYS.join(', ')}); it is not checked.${hint}`,
    span: field.keySpan,
    fixes: suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ span: field.keySpan, newText: suggestion }], preferred: true }] : undefined,
  };
}

/** `status` is one of BRIEF_STATUSES, written as they are (a close miss gets a fix). */
function badStatus(field: BriefField | undefined): Finding[] {
  if (!field) return [];
  const value = textOf(field.value);
  if (value !== undefined && BRIEF_STATUSES.includes(value)) return [];
  const span = field.valueSpan.end > field.valueSpan.start ? field.valueSpan : field.keySpan;
  const suggestion = value ? closest(value.toLowerCase(), BRIEF_STATUSES) : undefined;
  const shown = value === undefined || value.trim() === '' ? 'empty' : `\`${value}\``;
  return [
    {
      code: 'RP701',
      severity: 'warning',
      message: `\`status\` is ${shown}; a brief's status is one of ${BRIEF_STATUSES.join(', ')}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
      span,
      fixes: suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ span, newText: suggestion }], preferred: true }] : undefined,
    },
  ];
}

/** With a host that can tell, a `pack:` override must name a file that exists (relative to the brief). */
function missingPack(pack: BriefField | undefined, fileExists: ((path: string) => boolean) | undefined): Finding[] {
  const path = textOf(pack?.value);
  if (!pack || !path || !fileExists || fileExists(path)) return [];
  return [{ code: 'RP701', message: `\`pack\` names \`${path}\`, which does not exist (the path is relative to this brief).`, span: pack.valueSpan }];
}
