import { formatWeek } from '../time';
import type { PackForecast } from './forecastPack';

/** The forecast's line on an initiative's or gate's hover card, or '' when the forecast does not cover it. */
export function forecastCardLine(forecast: PackForecast | undefined, id: string): string {
  const item = forecast?.items.find((candidate) => candidate.id === id);
  if (!forecast || !item) return '';
  const verb = item.kind === 'gate' ? 'decided' : 'ends';
  return `**Forecast**: P50 ${formatWeek(item.p50)}, P80 ${formatWeek(item.p80)} (${verb} by the planned ${formatWeek(item.planned)} in ${Math.floor(item.onTime * 100)}% of ${forecast.runs.toLocaleString('en-US')} runs)`;
}
