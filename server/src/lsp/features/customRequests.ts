import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Connection } from 'vscode-languageserver';
import type { z } from 'zod';
import { type HtmlAssets, type PackForecast, type PackResult, asPortfolio, checkForecast, inContextResult } from '../../pack';
import { closedFilesParamsSchema, compareParamsSchema, locateParamsSchema, newBriefParamsSchema, packParamsSchema, reportParamsSchema, statusUpdateParamsSchema, viewsParamsSchema } from '../../../../protocol/requestParams';
import type { ViewsParams } from '../../../../protocol/requests';
import { checklistRequest, clearComparisonRequest, closedFilesRequest, compareRequest, initiativesRequest, levelRequest, locateRequest, newBriefRequest, qualityGateRequest, reportRequest, statusUpdateRequest, viewsRequest } from '../../../../protocol/requests';
import type { Guard } from '../guard';
import type { PackEntry } from '../packStore';
import type { Workspace } from '../workspace';
import { checklist } from './checklist';
import { compare } from './compare';
import { initiativeList, monthlyStatus, newBrief, qualityGateDocument, reportFor } from './documents';
import { levelSchedule } from './level';
import { type ViewedPlan, drawViews, locateId } from './views';
import { drawPortfolioViews, locateQualified } from './portfolioViews';

/**
 * The requests of protocol/requests.ts: each names a pack by `uri` and answers
 * null for one the server does not know. Params are checked against their
 * schema first: a handler only ever reads params of the declared shape.
 */
export function registerCustomRequests(connection: Connection, workspace: Workspace, guard: Guard, refreshLenses: () => void = () => undefined, reportAssets: () => HtmlAssets | undefined = () => undefined): void {
  const byUri =
    <P extends { uri: string }, R>(name: string, schema: z.ZodType<P>, handler: (entry: PackEntry, params: P) => R) =>
      guard(name, null, (raw: unknown) => {
        const params = checked(name, schema, raw);
        const entry = workspace.currentPack(params.uri);
        return entry ? handler(entry, params) : null;
      });
  // Under a scenario the forecast is the scenario plan's, run when its views are first asked for (never on the typing path) and kept with its check.
  const scenarioForecasts = new WeakMap<PackResult, PackForecast>();
  const viewedPlan = (entry: PackEntry, scenario: string | undefined): ViewedPlan => {
    const result = scenario === undefined ? undefined : workspace.packs.underScenario(entry, scenario);
    // A member of a portfolio: its check there, with the findings across packs on it (the banner counts what Problems shows).
    const context = workspace.inPortfolio(entry);
    if (!result) return { result: context ? inContextResult(context.portfolio, context.file) : entry.result, forecast: workspace.forecasts.of(entry.uri, entry.result) };
    if (!scenarioForecasts.has(result)) scenarioForecasts.set(result, checkForecast(result));
    return { result, forecast: scenarioForecasts.get(result), scenario };
  };
  // A portfolio's views are drawn from its last check across its files; until that check has read its current text, from its own.
  const views = (entry: PackEntry, params: ViewsParams) => {
    const portfolio = asPortfolio(workspace.inPortfolio(entry));
    return portfolio ? drawPortfolioViews(entry, portfolio, params, workspace.today) : drawViews(entry, params, workspace.today, workspace.comparisons.get(entry.uri), viewedPlan(entry, params.scenario));
  };
  connection.onRequest(viewsRequest, byUri('views', viewsParamsSchema, views));
  connection.onRequest(locateRequest, byUri('locate', locateParamsSchema, (entry, params) => locateId(entry, params) ?? locateQualified(workspace.inPortfolio(entry), params.id)));
  connection.onRequest(newBriefRequest, byUri('newBrief', newBriefParamsSchema, (entry, params) => newBrief(entry, params.initiative)));
  connection.onRequest(statusUpdateRequest, byUri('statusUpdate', statusUpdateParamsSchema, (entry, params) => monthlyStatus(entry, params.year, params.month)));
  connection.onRequest(qualityGateRequest, byUri('qualityGate', packParamsSchema, (entry) => qualityGateDocument(entry, workspace.inPortfolio(entry))));
  connection.onRequest(reportRequest, byUri('report', reportParamsSchema, (entry, params) => reportFor(entry, params.format, workspace.today, reportAssets, workspace.inPortfolio(entry))));
  connection.onRequest(checklistRequest, byUri('checklist', packParamsSchema, (entry) => checklist(entry, workspace.inPortfolio(entry))));
  connection.onRequest(initiativesRequest, byUri('initiatives', packParamsSchema, (entry) => initiativeList(entry)));
  connection.onRequest(levelRequest, byUri('level', packParamsSchema, (entry) => levelSchedule(entry)));
  // A comparison changes the moved-initiative lenses, with no edit to tell the editor so.
  const relensed = <R>(result: R) => (refreshLenses(), result);
  connection.onRequest(compareRequest, byUri('compare', compareParamsSchema, (entry, params) => relensed(compare(entry, params, workspace.packs, workspace.comparisons))));
  connection.onRequest(clearComparisonRequest, byUri('clearComparison', packParamsSchema, (entry) => relensed(workspace.comparisons.clear(entry.uri))));
  connection.onRequest(
    closedFilesRequest,
    guard('closedFiles', Promise.resolve({ kept: 0 }), async (raw: unknown) => {
      const params = checked('closedFiles', closedFilesParamsSchema, raw);
      return { kept: await workspace.closedFilesRead(params.files, params.deleted) };
    }),
  );
}

/** The params if they have the declared shape; otherwise an InvalidParams answer naming the first problem. */
function checked<P>(name: string, schema: z.ZodType<P>, raw: unknown): P {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ResponseError(ErrorCodes.InvalidParams, `Invalid params for roadmapPacks/${name}: ${issue.path.join('.') || 'params'}: ${issue.message}`);
}
