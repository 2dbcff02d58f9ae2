import { checkForecast, withForecastDiagnostics, type CheckOptions, type PackDiagnostic, type PackForecast, type PackResult } from '../pack';
import type { Guard } from './guard';
import { Debouncer } from './scheduler';

/** How long after a publish the forecast waits: long enough for the next keystroke to cancel it. */
export const FORECAST_DELAY_MS = 250;

interface Held {
  result: PackResult;
  forecast: PackForecast;
}

/**
 * The forecast of each pack the server publishes, run off the typing path:
 * a publish sends the check's diagnostics at once and schedules the forecast
 * (cancelled by the next publish of the same pack); when it has run, the
 * diagnostics are sent again with its findings (RP405) added. Held per pack
 * with the result it was run on: the hover card and the preview read the last
 * one held, which may trail the text by one edit until the next has run.
 */
export class Forecasts {
  private readonly held = new Map<string, Held>();
  private readonly debouncer = new Debouncer();

  /** `guard` wraps each scheduled run: a bug costs that forecast and a log line, never the server. */
  constructor(private readonly guard: Guard) {}

  /** The last forecast run for the pack, whatever version it was run on. */
  latest(uri: string): PackForecast | undefined {
    return this.held.get(uri)?.forecast;
  }

  /** The forecast run on this very result, if it has run. */
  of(uri: string, result: PackResult): PackForecast | undefined {
    const held = this.held.get(uri);
    return held?.result === result ? held.forecast : undefined;
  }

  /**
   * The diagnostics to publish for this result (or `checked`, what its
   * portfolio found on the same text): with the forecast's findings once its
   * forecast has run.
   */
  diagnostics(uri: string, result: PackResult, options: Partial<CheckOptions>, checked = result.diagnostics): PackDiagnostic[] {
    const held = this.held.get(uri);
    return held?.result === result ? withForecastDiagnostics({ ...result, diagnostics: checked }, held.forecast, options) : checked;
  }

  /**
   * Runs the forecast of `result` after the delay unless the pack is published
   * again first (or `current` no longer answers this result), then calls
   * `republish`. A result already forecast is not run again.
   */
  schedule(uri: string, result: PackResult, current: () => PackResult | undefined, republish: () => void, delay = FORECAST_DELAY_MS): void {
    if (this.held.get(uri)?.result === result) return this.debouncer.cancel(uri);
    const run = this.guard('forecast', undefined, () => {
      if (current() !== result) return;
      this.held.set(uri, { result, forecast: checkForecast(result) });
      republish();
    });
    this.debouncer.schedule(uri, delay, () => run(undefined));
  }

  forget(uri: string): void {
    this.debouncer.cancel(uri);
    this.held.delete(uri);
  }
}
