import type { PackResult } from '../checkPack';
import { mergeByPlace, toDiagnostics } from '../checkPack';
import type { PackDiagnostic } from '../diagnostic';
import { withDefaults, type CheckOptions } from '../options';
import { gateForecastFindings } from '../rules/RP405-gate-forecast-late';
import { findSuppressions } from '../suppress/suppressions';
import { DEFAULT_FORECAST_SEED, forecastPack, type PackForecast } from './forecastPack';

/**
 * Runs of the forecast behind diagnostics (RP405) and the editor's hover and
 * preview: a tenth of the command's default, so a 1,000-initiative pack
 * takes a tenth of a second, and the same seed, so the editor and `check`
 * say the same thing.
 */
export const CHECK_FORECAST_RUNS = 1_000;

/** The forecast a check's diagnostics and the editor read. */
export function checkForecast(result: Pick<PackResult, 'model'>): PackForecast {
  return forecastPack(result.model, { runs: CHECK_FORECAST_RUNS, seed: DEFAULT_FORECAST_SEED });
}

/**
 * The check's diagnostics with the forecast's (RP405) added, through the same
 * severities, suppressions and caps (the caps count the forecast's apart),
 * in position order. Nothing to add when RP405 is off.
 */
export function withForecastDiagnostics(result: PackResult, forecast: PackForecast, partialOptions: Partial<CheckOptions> = {}): PackDiagnostic[] {
  const options = withDefaults(partialOptions);
  const findings = gateForecastFindings(result.model, forecast);
  if (findings.length === 0) return result.diagnostics;
  const added = toDiagnostics(findings, result.lines, options, 'yaml', findSuppressions(result.lines, 'yaml'));
  return mergeByPlace(result.diagnostics, added);
}

/** What `roadmap-pack check` reports for a pack: the check, then its forecast's findings at once (the editor adds them after publishing). */
export function checkDiagnosticsWithForecast(result: PackResult, options: Partial<CheckOptions> = {}): PackDiagnostic[] {
  if ((withDefaults(options).severities.RP405 ?? withDefaults(options).severities['gate-forecast-late']) === 'off') return result.diagnostics;
  return withForecastDiagnostics(result, checkForecast(result), options);
}
