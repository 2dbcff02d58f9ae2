import type { Connection } from 'vscode-languageserver';
import { symbolAt } from '../../pack';
import type { BriefEntry } from '../briefStore';
import type { Guard } from '../guard';
import type { PackEntry } from '../packStore';
import type { Workspace } from '../workspace';
import { briefCompletion, briefDefinition, briefHover, briefReference, withBriefEdits } from './briefFeatures';
import { EditSupport, briefCodeActions, codeActions } from './codeActions';
import { Compared, codeLenses } from './codeLens';
import { completion } from './completion';
import { hover, withRuleCards } from './hover';
import type { RulePages } from '../rulePages';
import type { Template } from '../../pack';
import { inlayHints } from './inlayHints';
import { definition, references } from './navigation';
import { prepareRename, rename } from './rename';
import { documentSymbols, workspaceSymbols } from './symbols';

type DocumentParams = { textDocument: { uri: string } };
type Position = { line: number; character: number };

/** The standard LSP features: each a guarded, thin handler over a function in features/; `edits` is known once the client initializes. */
export function registerLanguageFeatures(connection: Connection, workspace: Workspace, guard: Guard, edits: EditSupport, rulePages: RulePages, templates: readonly Template[] = []): void {
  const { packs, briefs } = workspace;

  const withEntry = <P extends DocumentParams, R>(name: string, empty: R, handler: (entry: PackEntry, params: P) => R) =>
    guard(name, empty, (params: P) => {
      const entry = workspace.currentPack(params.textDocument.uri);
      return entry ? handler(entry, params) : empty;
    });

  /** Requests on a brief go to the brief's handler, with the pack that owns it. */
  const orBrief = <P extends DocumentParams, R>(name: string, empty: R, onPack: (entry: PackEntry, params: P) => R, onBrief: (brief: BriefEntry, pack: PackEntry | undefined, params: P) => R) =>
    guard(name, empty, (params: P) => {
      const uri = params.textDocument.uri;
      const brief = workspace.isBrief(uri) ? workspace.currentBrief(uri) : undefined;
      if (brief) return onBrief(brief, brief.packUri ? workspace.currentPack(brief.packUri) : undefined, params);
      const entry = workspace.currentPack(uri);
      return entry ? onPack(entry, params) : empty;
    });

  /** The id at the position and where briefs name it, for references and rename across files. */
  const idReferences = (entry: PackEntry, position: Position) => {
    const id = symbolAt(entry.result.model, entry.result.lines.offsetAt(position));
    const inBriefs = id?.kind === 'entity' ? briefs.briefsOf(entry.uri, id.id).map((brief) => briefReference(brief, id.id)).filter((l): l is NonNullable<typeof l> => Boolean(l)) : [];
    return { id, inBriefs };
  };
  const allReferences = (entry: PackEntry, position: Position, includeDeclaration: boolean) => [...references(entry, position, includeDeclaration), ...idReferences(entry, position).inBriefs];

  connection.onCompletion(orBrief('completion', null, (entry, params) => completion(entry, params.position, templates, workspace.today), (brief, _pack, params) => briefCompletion(brief, packs.all(), params.position)));
  connection.onHover(
    orBrief('hover', null,
      (entry, params) => withRuleCards(hover(entry, params.position, workspace.forecasts.latest(entry.uri)), workspace.packDiagnostics(entry), params.position, rulePages),
      (brief, pack, params) => withRuleCards(briefHover(brief, pack, params.position), brief.diagnostics, params.position, rulePages)),
  );
  connection.onDefinition(orBrief('definition', null, (entry, params) => definition(entry, params.position), (brief, pack, params) => briefDefinition(brief, pack, params.position)));
  connection.onReferences(
    orBrief('references', [], (entry, params) => allReferences(entry, params.position, params.context.includeDeclaration), (brief, pack, params) => {
      const target = briefDefinition(brief, pack, params.position);
      return target && pack ? allReferences(pack, target.range.start, params.context.includeDeclaration) : [];
    }),
  );
  connection.onPrepareRename(orBrief('prepareRename', null, (entry, params) => prepareRename(entry, params.position), () => null));
  connection.onRenameRequest(
    orBrief('rename', null, (entry, params) => {
      const edit = rename(entry, params.position, params.newName);
      const { id } = idReferences(entry, params.position);
      return id?.kind === 'entity' ? withBriefEdits(edit, briefs.briefsOf(entry.uri, id.id), id.id, params.newName) : edit;
    }, () => null),
  );
  connection.onDocumentSymbol(withEntry('documentSymbol', [], (entry) => documentSymbols(entry)));
  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], (params) => workspaceSymbols(packs.all(), params.query)));
  connection.onCodeAction(orBrief('codeAction', [], (entry, params) => codeActions(entry, workspace.packDiagnostics(entry), params, edits, (text) => packs.checkOther(entry.uri, text)), (brief, _pack, params) => briefCodeActions(brief, params, edits)));
  connection.onCodeLens(withEntry('codeLens', [], (entry) => codeLenses(entry, compared(workspace, entry))));
  connection.languages.inlayHint.on(withEntry('inlayHint', [], (entry, params) => inlayHints(entry, params.range)));
}

/** The pack's diff with the revision it is being compared with, if it is. */
function compared(workspace: Workspace, entry: PackEntry): Compared | undefined {
  const comparison = workspace.comparisons.get(entry.uri);
  const diff = comparison && workspace.comparisons.diffOf(entry);
  return comparison && diff ? { ref: comparison.ref, diff } : undefined;
}
