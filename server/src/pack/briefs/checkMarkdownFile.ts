import { type PackResult, toDiagnostics } from '../checkPack';
import type { Finding, PackDiagnostic } from '../diagnostic';
import { CheckOptions, withDefaults } from '../options';
import { sizeFinding } from '../parse/sizeLimit';
import { LineIndex } from '../text/lineIndex';
import { checkBrief } from './checkBrief';
import { checkMarkdownPacks } from './markdownPacks';
import { BriefHeader, briefHeader, parseBrief } from './parseBrief';
import { ownerPackFor } from './resolve';
import type { Brief } from './types';

const HAS_ROADMAP_BLOCK = /^```+\s*roadmap\b|^~~~+\s*roadmap\b/m;
const IN_BRIEFS_FOLDER = /\/briefs\/[^/]+$/i;
const OPENS_FRONT_MATTER = /^\uFEFF?---[ \t]*(?:\r|\n|$)/;

/**
 * One Markdown document as a host sees it. `key` is the file's POSIX path when
 * it is on disk, else the document's URI (untitled, virtual): only a file on
 * disk can be owned by a pack, since ownership is decided by folders.
 */
export interface MarkdownDocument {
  key: string;
  onDisk: boolean;
  text: string;
}

/**
 * A checked pack the host knows: its POSIX path, the name related information
 * uses for it, its initiatives' ids (which decide ownership) and its result
 * (read only for the owner, so a host may load it lazily).
 */
export interface HostPack {
  path: string;
  uri: string;
  initiativeIds: readonly string[];
  readonly result: PackResult;
}

/** What the host knows around the document; the same for the language server and the CLI. */
export interface MarkdownHost {
  packs: readonly HostPack[];
  /** A pack the host does not hold yet (a `pack:` override), by POSIX path; undefined when unreadable. */
  loadPack?: (path: string) => HostPack | undefined;
}

export interface MarkdownOptions extends Partial<CheckOptions> {
  /** The `##` sections every brief must have; default the seed's eight. */
  requiredSections?: string[];
}

export interface MarkdownFileResult {
  header: BriefHeader | undefined;
  /** The pack that owns the brief, when one defines its initiative. */
  owner: HostPack | undefined;
  /** The file read as a brief (empty over the size limit), for the host's outline and lenses. */
  brief: Brief;
  diagnostics: PackDiagnostic[];
}

/**
 * Checks a Markdown file exactly as every host must: its ```roadmap blocks as
 * packs, then, when it is a brief, the brief against the pack that owns it.
 * The language server and `roadmap-pack check` both call this, so they cannot
 * disagree on a file. A file over the size limit (`maxFileSize`, as for
 * packs) is not parsed at all: one RP002 says so. Never throws on any text.
 */
export function checkMarkdownFile(document: MarkdownDocument, host: MarkdownHost, options: MarkdownOptions = {}): MarkdownFileResult {
  const { requiredSections, ...checkOptions } = options;
  const overLimit = sizeFinding(document.text, withDefaults(checkOptions).limits.maxFileSize);
  if (overLimit) return tooLarge(document, overLimit, checkOptions);
  const header = briefHeader(document.text);
  const owner = header?.initiative ? ownerOf(document, header, host) : undefined;
  const packs = checkMarkdownPacks(document.text, checkOptions);
  if (!isBrief(document.key, header)) return { header, owner, brief: parseBrief(document.text), diagnostics: packs };
  const context = { pack: owner?.result, packUri: owner?.uri, packIds: initiativeIds(host.packs), requiredSections };
  const checked = checkBrief(document.text, context, checkOptions);
  return { header, owner, brief: checked.brief, diagnostics: [...packs, ...checked.diagnostics] };
}

/**
 * Over the size limit nothing is parsed, not even the front matter (it may be
 * most of the file): a file that may be a brief, or holds a roadmap block,
 * gets one RP002; other Markdown gets nothing, as it would under the limit.
 */
function tooLarge(document: MarkdownDocument, finding: Finding, options: Partial<CheckOptions>): MarkdownFileResult {
  const mayBeBrief = HAS_ROADMAP_BLOCK.test(document.text) || OPENS_FRONT_MATTER.test(document.text) || IN_BRIEFS_FOLDER.test(document.key);
  const diagnostics = mayBeBrief ? toDiagnostics([finding], new LineIndex(document.text), withDefaults(options), 'markdown') : [];
  return { header: undefined, owner: undefined, brief: parseBrief(''), diagnostics };
}

/** Whether a host should check the text at all: a brief, or a file with a ```roadmap block. */
export function isMarkdownRelevant(key: string, text: string): boolean {
  return HAS_ROADMAP_BLOCK.test(text) || isBrief(key, briefHeader(text));
}

/**
 * A brief: front matter that names an initiative, or any Markdown file in a
 * `briefs/` folder (so that a broken or missing front matter is reported there
 * instead of the file going unchecked).
 */
function isBrief(key: string, header: BriefHeader | undefined): boolean {
  return Boolean(header?.initiative) || IN_BRIEFS_FOLDER.test(key);
}

function ownerOf(document: MarkdownDocument, header: BriefHeader, host: MarkdownHost): HostPack | undefined {
  if (!document.onDisk || !header.initiative) return undefined;
  const known = host.packs.map((pack) => ({ path: pack.path, ids: new Set(pack.initiativeIds) }));
  const path = ownerPackFor(document.key, header.initiative, header.pack, known);
  if (path === undefined) return undefined;
  return host.packs.find((pack) => pack.path === path) ?? host.loadPack?.(path);
}

function initiativeIds(packs: readonly HostPack[]): string[] {
  return packs.flatMap((pack) => pack.initiativeIds);
}
