import type { PackResult } from '../checkPack';
import type { CheckedFile } from './types';

/**
 * A file of a portfolio as the reports on one pack read it (the quality gate,
 * the checklist): its check in the portfolio's context, with every finding
 * on it, those across packs included, so a member is not scored on qualified
 * references that only its portfolio can resolve.
 */
export function inContextResult(file: CheckedFile): PackResult {
  return { ...file.result, diagnostics: file.diagnostics };
}
