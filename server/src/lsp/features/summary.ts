import { capacityHeadline } from '../../pack';
import type { PackEntry } from '../packStore';
import type { PackSummaryResult } from '../../../../protocol/requests';

export function packSummary(entry: PackEntry): PackSummaryResult {
  const diagnostics = entry.result.diagnostics;
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    peak: capacityHeadline(entry.result.analysis),
  };
}
