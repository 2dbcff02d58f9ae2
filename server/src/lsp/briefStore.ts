import { Brief, BriefHeader, HostPack, MarkdownHost, PackDiagnostic, checkMarkdownFile, isMarkdownRelevant } from '../pack';
import { DocumentStore, StoredDocument } from './documentStore';
import { disk } from './platform/disk';
import type { PackEntry, PackStore } from './packStore';
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
 * server re-checks the brief. What is checked and how is the core's
 * `checkMarkdownFile`, the same function `roadmap-pack check` calls.
 */
export class BriefStore extends DocumentStore<BriefEntry> {
  constructor(
    private readonly packs: PackStore,
    settings: Settings,
  ) {
    super(settings);
  }

  /** Whether the text is worth checking: front matter naming an initiative, a file in `briefs/`, or a roadmap block. */
  static isRelevant(uri: string, text: string): boolean {
    return isMarkdownRelevant(disk.keyOf(uri), text);
  }

  update(uri: string, text: string, version: number, open: boolean): BriefEntry {
    const document = { key: disk.keyOf(uri), onDisk: disk.placed(uri), text };
    const requiredSections = this.settings.briefSections.length > 0 ? this.settings.briefSections : undefined;
    const options = { ...toCheckOptions(this.settings, (relative: string) => disk.existsBeside(uri, relative)), requiredSections };
    const checked = checkMarkdownFile(document, this.host(), options);
    const entry: BriefEntry = { uri, version, text, open, header: checked.header, brief: checked.brief, packUri: checked.owner?.uri, diagnostics: checked.diagnostics };
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

  /** The packs as the core's checkMarkdownFile sees them; a `pack:` override is read from disk. */
  private host(): MarkdownHost {
    // The result is read only for the owner: a pack checked in the start scan's workers loads it then.
    const hostPack = (entry: PackEntry): HostPack => ({ path: disk.keyOf(entry.uri), uri: entry.uri, initiativeIds: entry.initiativeIds, get result() { return entry.result; } });
    const loadPack = (path: string) => {
      const entry = this.packs.loadFromDisk(disk.uriOf(path));
      return entry ? hostPack(entry) : undefined;
    };
    return { packs: this.packs.all().map(hostPack), loadPack };
  }
}
