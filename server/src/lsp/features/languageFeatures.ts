import { MarkupKind, type Connection } from 'vscode-languageserver';
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
import type { SharedTeam, Template } from '../../pack';
import { inlayHints } from './inlayHints';
import { definition, references } from './navigation';
import { otherPacks, portfolioCursor, portfolioDefinition, portfolioHover, portfolioPrepareRename, portfolioReferences, portfolioRename, targetEntity } from './portfolioNavigation';
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

  /** What the position names as the pack's portfolio resolves it, across its files; undefined outside one. */
  const inPortfolio = (entry: PackEntry, position: Position) => portfolioCursor(workspace.inPortfolio(entry), position);
  /** Where the briefs of the entity's own pack name it. */
  const briefReferences = (uri: string, id: string) => briefs.briefsOf(uri, id).map((brief) => briefReference(brief, id)).filter((l): l is NonNullable<typeof l> => Boolean(l));
  const packReferences = (entry: PackEntry, position: Position, includeDeclaration: boolean) => {
    const cursor = inPortfolio(entry, position);
    if (!cursor) return allReferences(entry, position, includeDeclaration);
    const entity = targetEntity(cursor);
    return [...portfolioReferences(cursor, includeDeclaration), ...(entity ? briefReferences(entity.uri, entity.id) : [])];
  };
  const packHover = (entry: PackEntry, position: Position) => {
    const cursor = inPortfolio(entry, position);
    const across = cursor && portfolioHover(cursor);
    return across ? { contents: { kind: MarkupKind.Markdown, value: across } } : hover(entry, position, workspace.forecasts.latest(entry.uri));
  };
  const packDefinition = (entry: PackEntry, position: Position) => {
    const cursor = inPortfolio(entry, position);
    return cursor ? portfolioDefinition(cursor) : definition(entry, position);
  };
  const packRename = (entry: PackEntry, position: Position, newName: string) => {
    const cursor = inPortfolio(entry, position);
    if (cursor) {
      const entity = targetEntity(cursor);
      const edit = portfolioRename(cursor, newName);
      return entity ? withBriefEdits(edit, briefs.briefsOf(entity.uri, entity.id), entity.id, newName) : edit;
    }
    const edit = rename(entry, position, newName);
    const { id } = idReferences(entry, position);
    return id?.kind === 'entity' ? withBriefEdits(edit, briefs.briefsOf(entry.uri, id.id), id.id, newName) : edit;
  };

  connection.onCompletion(orBrief('completion', null, (entry, params) => completion(entry, params.position, templates, workspace.today, otherPacks(workspace.inPortfolio(entry))), (brief, _pack, params) => briefCompletion(brief, packs.all(), params.position)));
  connection.onHover(
    orBrief('hover', null,
      (entry, params) => withRuleCards(packHover(entry, params.position), workspace.packDiagnostics(entry), params.position, rulePages),
      (brief, pack, params) => withRuleCards(briefHover(brief, pack, params.position), brief.diagnostics, params.position, rulePages)),
  );
  connection.onDefinition(orBrief('definition', null, (entry, params) => packDefinition(entry, params.position), (brief, pack, params) => briefDefinition(brief, pack, params.position)));
  connection.onReferences(
    orBrief('references', [], (entry, params) => packReferences(entry, params.position, params.context.includeDeclaration), (brief, pack, params) => {
      const target = briefDefinition(brief, pack, params.position);
      return target && pack ? packReferences(pack, target.range.start, params.context.includeDeclaration) : [];
    }),
  );
  connection.onPrepareRename(orBrief('prepareRename', null, (entry, params) => {
    const cursor = inPortfolio(entry, params.position);
    return cursor ? portfolioPrepareRename(cursor) : prepareRename(entry, params.position);
  }, () => null));
  connection.onRenameRequest(orBrief('rename', null, (entry, params) => packRename(entry, params.position, params.newName), () => null));
  connection.onDocumentSymbol(withEntry('documentSymbol', [], (entry) => documentSymbols(entry)));
  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], (params) => workspaceSymbols(packs.all(), params.query)));
  connection.onCodeAction(orBrief('codeAction', [], (entry, params) => codeActions(entry, workspace.packDiagnostics(entry), params, edits, (text) => packs.checkOther(entry.uri, text)), (brief, _pack, params) => briefCodeActions(brief, params, edits)));
  connection.onCodeLens(withEntry('codeLens', [], (entry) => codeLenses(entry, compared(workspace, entry), sharedTeams(workspace, entry))));
  connection.languages.inlayHint.on(withEntry('inlayHint', [], (entry, params) => inlayHints(entry, params.range)));
}

/** The portfolio's teams' load over every pack, when the pack is a portfolio (as last checked for its text). */
function sharedTeams(workspace: Workspace, entry: PackEntry): readonly SharedTeam[] | undefined {
  const context = workspace.inPortfolio(entry);
  return context?.file.name === '' ? context.portfolio.capacity.teams : undefined;
}

/** The pack's diff with the revision it is being compared with, if it is. */
function compared(workspace: Workspace, entry: PackEntry): Compared | undefined {
  const comparison = workspace.comparisons.get(entry.uri);
  const diff = comparison && workspace.comparisons.diffOf(entry);
  return comparison && diff ? { ref: comparison.ref, diff } : undefined;
}
