import type { PackResult } from '../checkPack';
import { toDiagnostics } from '../checkPack';
import type { Finding, PackDiagnostic } from '../diagnostic';
import type { Initiative } from '../model/types';
import { CheckOptions, withDefaults } from '../options';
import { LineIndex } from '../text/lineIndex';
import { DEFAULT_CALENDAR } from '../time';
import { checkFrontMatter } from './checks/frontMatter';
import { checkInitiative } from './checks/initiative';
import { checkMetrics } from './checks/metrics';
import { checkMilestones } from './checks/milestones';
import { checkSections } from './checks/sections';
import { checkTables } from './checks/tables';
import type { BriefCheck, BriefContext } from './context';
import { parseBrief, textOf } from './parseBrief';
import { sizeFinding } from '../parse/sizeLimit';
import type { Brief } from './types';

export interface BriefResult {
  brief: Brief;
  diagnostics: PackDiagnostic[];
}

/** The checks behind RP701–RP706 (and RP103 for milestone times), in code order. */
const BRIEF_CHECKS: readonly ((check: BriefCheck) => Finding[])[] = [checkFrontMatter, checkInitiative, checkSections, checkMilestones, checkTables, checkMetrics];

/**
 * Checks a Markdown initiative brief against the pack that owns it (resolved
 * by the host, see resolve.ts). Severities, `<!-- roadmap-disable … -->`
 * comments and docs links work as for packs. Never throws on any text.
 */
export function checkBrief(text: string, context: BriefContext = {}, partialOptions: Partial<CheckOptions> = {}): BriefResult {
  const options = withDefaults(partialOptions);
  const lines = new LineIndex(text);
  const overLimit = sizeFinding(text, options.limits.maxFileSize);
  if (overLimit) return { brief: parseBrief(''), diagnostics: toDiagnostics([overLimit], lines, options, 'markdown') };
  const brief = parseBrief(text);
  const check: BriefCheck = { brief, context, options, initiative: initiativeOf(brief, context.pack), calendar: context.pack?.model.calendar ?? DEFAULT_CALENDAR };
  const diagnostics = toDiagnostics(BRIEF_CHECKS.flatMap((run) => run(check)), lines, options, 'markdown');
  return { brief, diagnostics: diagnostics.map((diagnostic) => withPackRanges(diagnostic, context)) };
}

function initiativeOf(brief: Brief, pack: PackResult | undefined): Initiative | undefined {
  const entity = pack?.model.byId.get(textOf(brief.initiative?.value) ?? '');
  return entity?.kind === 'initiative' ? entity : undefined;
}

/**
 * toDiagnostics turns every span into a range with the brief's LineIndex; a
 * related span in the pack (marked by `uri: context.packUri`) needs the pack's.
 */
function withPackRanges(diagnostic: PackDiagnostic, context: BriefContext): PackDiagnostic {
  const pack = context.pack;
  if (!pack || context.packUri === undefined || !diagnostic.related.some((info) => info.uri === context.packUri)) return diagnostic;
  return { ...diagnostic, related: diagnostic.related.map((info) => (info.uri === context.packUri ? { ...info, range: pack.lines.rangeOf(info.span) } : info)) };
}
