import type { Connection } from 'vscode-languageserver';
import { initiativesRequest, locateRequest, newBriefRequest, packSummaryRequest, qualityGateRequest, statusUpdateRequest, viewsRequest } from '../../../../protocol/requests';
import type { Guard } from '../guard';
import type { PackEntry } from '../packStore';
import type { Workspace } from '../workspace';
import { initiativeList, monthlyStatus, newBrief, qualityGateDocument } from './documents';
import { packSummary } from './summary';
import { drawViews, locateId } from './views';

/** The requests of protocol/requests.ts: each names a pack by `uri` and answers null for one the server does not know. */
export function registerCustomRequests(connection: Connection, workspace: Workspace, guard: Guard): void {
  const byUri =
    <P extends { uri: string }, R>(name: string, handler: (entry: PackEntry, params: P) => R) =>
      guard(name, null, (params: P) => {
        const entry = workspace.currentPack(params.uri);
        return entry ? handler(entry, params) : null;
      });
  connection.onRequest(packSummaryRequest, byUri('packSummary', (entry) => packSummary(entry)));
  connection.onRequest(viewsRequest, byUri('views', drawViews));
  connection.onRequest(locateRequest, byUri('locate', locateId));
  connection.onRequest(newBriefRequest, byUri('newBrief', (entry, params) => newBrief(entry, params.initiative)));
  connection.onRequest(statusUpdateRequest, byUri('statusUpdate', (entry, params) => monthlyStatus(entry, params.year, params.month)));
  connection.onRequest(qualityGateRequest, byUri('qualityGate', (entry) => qualityGateDocument(entry)));
  connection.onRequest(initiativesRequest, byUri('initiatives', (entry) => initiativeList(entry)));
}
