import { fileURLToPath, pathToFileURL } from 'node:url';
import { Brief, BriefHeader, PackDiagnostic, PackResult, briefHeader, checkBrief, checkMarkdownPacks, ownerPackFor, parseBrief } from '../pack';
import { DocumentStore, StoredDocument, existsBeside } from './documentStore';
import type { PackStore } from './packStore';
import { Settings, toCheckOptions } from './settings';

/** A Markdown document the server checks: a brief, or any file with ```roadmap blocks. */
export interface BriefEntry extends StoredDocument {
  header: BriefHeader | undefined;
  brief: Brief;
  /** The pack that owns the brief, when one defines its initiative. */
  packUri: string | undefined;
  diagnostics: PackDiagnostic[];
}

/**
 * Briefs and other Markdown files, checked against the packs the PackStore
 * knows. A brief belongs to the pack that defines its initiative in its folder
 * or the nearest parent (or to its `pack:`); when that pack changes, the
 * server re-checks the brief.
 */
export class BriefStore extends DocumentStore<BriefEntry> {
  constructor(
    private readonly packs: PackStore,
    settings: Settings,
  ) {
    super(settings);
  }

  /** Whether the text is worth checking: front matter naming an initiative, or a roadmap block. */
  static isRelevant(uri: string, text: string): boolean {
    return /^```+\s*roadmap\b|^~~~+\s*roadmap\b/m.test(text) || isBrief(uri, text);
  }

  update(uri: string, text: string, version: number, open: boolean): BriefEntry {
    const header = briefHeader(text);
    const pack = header?.initiative ? this.ownerPack(uri, header) : undefined;
    const brief = isBrief(uri, text);
    const options = toCheckOptions(this.settings, (relative) => existsBeside(uri, relative));
    const requiredSections = this.settings.briefSections.length > 0 ? this.settings.briefSections : undefined;
    const briefDiagnostics = brief ? checkBrief(text, { pack: pack?.result, packUri: pack?.uri, packIds: this.allInitiativeIds(), requiredSections }, options).diagnostics : [];
    const entry: BriefEntry = { uri, version, text, open, header, brief: parseBrief(text), packUri: pack?.uri, diagnostics: [...checkMarkdownPacks(text, options), ...briefDiagnostics] };
    this.entries.set(uri, entry);
    return entry;
  }

  /** Markdown on disk that is neither a brief nor holds a roadmap block is not kept. */
  protected accepts(uri: string, text: string): boolean {
    return BriefStore.isRelevant(uri, text);
  }

  /** Re-checks every brief (after a pack changed, since ownership may move too). */
  recheckAll(): BriefEntry[] {
    return this.all().map((entry) => this.update(entry.uri, entry.text, entry.version, entry.open));
  }

  /** The briefs of an initiative, wherever they are. */
  briefsOf(packUri: string, initiativeId: string): BriefEntry[] {
    return this.all().filter((entry) => entry.packUri === packUri && entry.header?.initiative === initiativeId);
  }

  private ownerPack(uri: string, header: BriefHeader): { uri: string; result: PackResult } | undefined {
    if (!uri.startsWith('file:') || !header.initiative) return undefined;
    const known = this.packs.all().map((entry) => ({ path: posixPath(entry.uri), ids: new Set(entry.initiativeIds) }));
    const owner = ownerPackFor(posixPath(uri), header.initiative, header.pack, known);
    if (!owner) return undefined;
    const ownerUri = pathToFileURL(owner).toString();
    const entry = this.packs.get(ownerUri) ?? this.packs.loadFromDisk(ownerUri);
    return entry ? { uri: entry.uri, result: entry.result } : undefined;
  }

  private allInitiativeIds(): string[] {
    return this.packs.all().flatMap((entry) => entry.initiativeIds);
  }
}

/**
 * A brief: front matter that names an initiative, or any Markdown file in a
 * `briefs/` folder (so that a broken or missing front matter is reported there
 * instead of the file going unchecked).
 */
function isBrief(uri: string, text: string): boolean {
  return Boolean(briefHeader(text)?.initiative) || /\/briefs\/[^/]+$/i.test(uri);
}

function posixPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri).split('\\').join('/') : uri;
}
