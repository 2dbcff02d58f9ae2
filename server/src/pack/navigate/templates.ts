import type { Path } from '../parse/nodeLoc';
import { lineStartAt } from '../text/format';

/**
 * A snippet of snippets/roadmap-yaml.json, as completion offers it. The
 * editor's own snippet list shows every snippet everywhere (the whole-pack one
 * in an `owner:` value), so packs turn it off (`editor.snippetSuggestions:
 * none`) and the server offers each body only where it fits. The file stays
 * the one source of the bodies: the host reads it and passes them in.
 */
export interface Template {
  /** The snippet's name in the file ("Initiative"). */
  name: string;
  /** What is typed to find it ("rp-initiative"). */
  prefix: string;
  description: string;
  /** VS Code snippet syntax, lines joined with `\n`; list items start with `- `. */
  body: string;
}

/**
 * Where each template goes: the whole file, or an item of the list at a path
 * (list items as 0). A snippet with no place here is not offered; a test holds
 * every snippet of the file to a place.
 */
const PLACES: Readonly<Record<string, 'file' | readonly Path[]>> = {
  'rp-pack': 'file',
  'rp-initiative': [['initiatives']],
  'rp-gate': [['gates']],
  'rp-risk': [['risks']],
  'rp-dependency': [['dependencies']],
  'rp-metric': [['metrics']],
  'rp-team': [['teams']],
  'rp-goal': [['goals']],
  'rp-tradeoff': [['tradeoffs']],
  'rp-milestone': [['initiatives', 0, 'milestones']],
  'rp-depends-on': [['initiatives', 0, 'depends_on'], ['gates', 0, 'depends_on'], ['initiatives', 0, 'milestones', 0, 'after']],
};

/** The prefixes that have a place, for the test that every snippet of the file is offered somewhere. */
export function templatePrefixes(): string[] {
  return Object.keys(PLACES);
}

/**
 * The templates of a snippets file (the parsed JSON of a VS Code snippets
 * file: name → { prefix, body, description }). Entries not of that shape are
 * left out; nothing here throws on odd input.
 */
export function templatesFromSnippets(json: unknown): Template[] {
  if (!isRecord(json)) return [];
  return Object.entries(json).flatMap(([name, entry]) => {
    if (!isRecord(entry) || typeof entry.prefix !== 'string') return [];
    const body = Array.isArray(entry.body) && entry.body.every((line) => typeof line === 'string') ? entry.body.join('\n') : entry.body;
    if (typeof body !== 'string') return [];
    return [{ name, prefix: entry.prefix, description: typeof entry.description === 'string' ? entry.description : '', body }];
  });
}

/** Where a template would go: the cursor's line holds at most a dash and the word being typed. */
export interface TemplateSpot {
  /** The path of the list the new item belongs to, or 'file' in an empty document. */
  place: 'file' | Path;
  /** The line already has its `- `, so a list item's body goes in without its own. */
  dashed: boolean;
}

/**
 * Whether the cursor stands where a whole item (or a whole file) can be
 * inserted: nothing on its line but indentation, an optional `- ` and the
 * word being typed, nothing after it. `listPath` is the path of keys the
 * line's indentation puts it under (`yamlContextAt`), which is the list's
 * own path on an item line. Never a value position (`owner: |`).
 */
export function templateSpotAt(text: string, offset: number, listPath: Path): TemplateSpot | undefined {
  const lineStart = lineStartAt(text, offset);
  const newline = text.indexOf('\n', offset);
  const lineEnd = newline < 0 ? text.length : newline;
  const line = /^(\s*)(-\s+)?([^\s:[\],{}'"#]*)$/.exec(text.slice(lineStart, offset));
  if (!line || text.slice(offset, lineEnd).trim() !== '') return undefined;
  const dashed = line[2] !== undefined;
  if (!dashed && line[1] === '' && emptyBesides(text, lineStart, lineEnd)) return { place: 'file', dashed };
  return listPath.length > 0 ? { place: listPath, dashed } : undefined;
}

/** A line whose first character past its indentation is neither a space nor a comment's `#`. */
const CONTENT_LINE = /^[ \t]*[^\s#]/m;

/**
 * Whether the document holds nothing but blank lines and comments outside the
 * given line. Asked at every top-level key; in a real pack the first content
 * line is near the top, where the search stops.
 */
function emptyBesides(text: string, lineStart: number, lineEnd: number): boolean {
  return !CONTENT_LINE.test(text.slice(0, lineStart)) && !CONTENT_LINE.test(text.slice(lineEnd));
}

/** The templates that fit the spot, each body ready to insert there (without its `- ` when the line has one). */
export function templatesFor(spot: TemplateSpot, templates: readonly Template[]): Template[] {
  return templates.filter((template) => fits(template.prefix, spot.place)).map((template) => (spot.dashed ? { ...template, body: withoutDash(template.body) } : template));
}

function fits(prefix: string, place: 'file' | Path): boolean {
  const places = Object.prototype.hasOwnProperty.call(PLACES, prefix) ? PLACES[prefix] : undefined;
  if (places === undefined) return false;
  if (places === 'file' || place === 'file') return places === place;
  return places.some((path) => samePath(path, place));
}

/** Paths compare key by key; any list index matches 0, the index `yamlContextAt` writes. */
function samePath(pattern: Path, path: Path): boolean {
  return pattern.length === path.length && pattern.every((part, i) => (typeof part === 'number' ? typeof path[i] === 'number' : part === path[i]));
}

/**
 * An item body starts `- `; after a typed `- ` it goes in without it. The
 * editor indents the body's other lines by the line's indentation (the dash's
 * column), so they stay under the item's first key either way.
 */
function withoutDash(body: string): string {
  return body.startsWith('- ') ? body.slice(2) : body;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
