/**
 * What a Markdown fence asks to be drawn as. A ```roadmap block holds a whole
 * pack (roadmapBlocks.ts); the words after `roadmap` in its info string choose
 * the view (`roadmap capacity`), gantt by default. A ```roadmap-view block
 * holds `pack: <path>` and `view: <name>` lines and draws a pack file instead.
 * Both answer a note instead of throwing: a Markdown preview shows it.
 */
import { VIEWS, ViewName } from '../views/names';

export const ROADMAP_FENCE = 'roadmap';
export const ROADMAP_VIEW_FENCE = 'roadmap-view';
export const DEFAULT_FENCE_VIEW: ViewName = 'gantt';

export type FenceKind = typeof ROADMAP_FENCE | typeof ROADMAP_VIEW_FENCE;

export type ViewChoice = { view: ViewName } | { note: string };
export type ViewReference = { pack: string; view: ViewName } | { note: string };

/** `roadmap` or `roadmap-view` when the info string's first word is one of them (any case), else undefined. */
export function fenceKind(info: string): FenceKind | undefined {
  const word = firstWord(info).toLowerCase();
  return word === ROADMAP_FENCE || word === ROADMAP_VIEW_FENCE ? word : undefined;
}

/** The view a ```roadmap fence's info string names: its second word, gantt without one. */
export function fenceView(info: string): ViewChoice {
  const name = info.trim().split(/\s+/)[1];
  return name === undefined ? { view: DEFAULT_FENCE_VIEW } : viewNamed(name);
}

/** The `pack:` and `view:` a ```roadmap-view block holds (`view:` may be left out: gantt). */
export function viewReference(content: string): ViewReference {
  const fields = new Map<string, string>();
  for (const line of content.split(/\r\n|\r|\n/)) {
    const match = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (match) fields.set(match[1].toLowerCase(), unquote(match[2]));
  }
  const pack = fields.get('pack');
  if (pack === undefined || pack === '') return { note: 'A roadmap-view block needs a `pack:` line with the path of a pack file.' };
  const view = fields.get('view');
  const choice = view === undefined || view === '' ? { view: DEFAULT_FENCE_VIEW } : viewNamed(view);
  return 'note' in choice ? choice : { pack, view: choice.view };
}

function viewNamed(name: string): ViewChoice {
  const view = VIEWS.find((candidate) => candidate === name.toLowerCase());
  return view ? { view } : { note: `Unknown view \`${name}\`: use one of ${VIEWS.join(', ')}.` };
}

function firstWord(info: string): string {
  return info.trim().split(/\s+/)[0] ?? '';
}

/** `"a b"` and `'a b'` lose their quotes; a trailing YAML comment after a space goes. */
function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (quoted) return quoted[2];
  return value.replace(/\s+#.*$/, '');
}
