export { forecastPack, percentiles, DEFAULT_FORECAST_RUNS, DEFAULT_FORECAST_SEED } from './forecastPack';
export type { ForecastItem, ForecastOptions, PackForecast } from './forecastPack';
export { forecastJson } from './json';
export { forecastText } from './text';
