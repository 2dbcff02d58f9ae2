import type { PackDiagnostic } from '../diagnostic';
import type { ReportSection } from './types';

const ORDER: readonly string[] = ['error', 'warning', 'information', 'hint'];

/** What the check found, as the editor's Problems panel counts it: by rule, errors first, with the first message of each. */
export function findingsSection(diagnostics: readonly PackDiagnostic[]): ReportSection {
  const byCode = new Map<string, PackDiagnostic[]>();
  for (const diagnostic of diagnostics) byCode.set(diagnostic.code, [...(byCode.get(diagnostic.code) ?? []), diagnostic]);
  const groups = [...byCode.values()].sort((a, b) => ORDER.indexOf(a[0].severity) - ORDER.indexOf(b[0].severity) || a[0].code.localeCompare(b[0].code));
  const rows = groups.map((group) => [group[0].code, group[0].rule, group[0].severity, String(group.length), group[0].message]);
  const total = ORDER.map((severity) => [severity, diagnostics.filter((d) => d.severity === severity).length] as const).filter(([, n]) => n > 0);
  const summary = total.length ? `The check found ${total.map(([severity, n]) => `${n} ${severity}`).join(', ')}.` : 'The check found nothing.';
  return {
    id: 'findings',
    heading: 'Findings',
    blocks: [{ kind: 'paragraph', text: summary }, ...(rows.length ? [{ kind: 'table' as const, head: ['Code', 'Rule', 'Severity', 'Count', 'First finding'], rows }] : [])],
  };
}
