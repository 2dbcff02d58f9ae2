/**
 * The pack files ```roadmap-view fences name, read ahead of the synchronous
 * markdown-it render: a miss answers `loading` and starts one read; when a
 * read ends, or a watched file changes, `onChanged` asks for a re-render
 * (the extension runs `markdown.preview.refresh`). The reads and the watch
 * come from the host (vscode.workspace.fs in the extension, node:fs in tests).
 */
import type { PackRead } from './roadmapFences';

export interface PackFiles {
  read(path: string): Promise<string>;
  /** Calls `changed` whenever the file at `path` is created, changed or deleted; disposing stops it. */
  watch(path: string, changed: () => void): { dispose(): void };
}

export class PackTexts {
  private readonly reads = new Map<string, PackRead>();
  private readonly watchers = new Map<string, { dispose(): void }>();

  constructor(
    private readonly files: PackFiles,
    private readonly onChanged: () => void,
  ) {}

  /** What is known of `path` now; a first ask starts the read and the watch. */
  get(path: string): PackRead {
    const known = this.reads.get(path);
    if (known) return known;
    this.reads.set(path, { kind: 'loading' });
    this.watchers.set(path, this.files.watch(path, () => this.reload(path)));
    void this.load(path);
    return { kind: 'loading' };
  }

  /** Settles once every read started so far has ended (tests wait on it). */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  dispose(): void {
    for (const watcher of this.watchers.values()) watcher.dispose();
    this.watchers.clear();
    this.reads.clear();
  }

  private readonly pending = new Set<Promise<void>>();

  private reload(path: string): void {
    if (this.reads.has(path)) void this.load(path);
  }

  private load(path: string): Promise<void> {
    const done = this.files.read(path).then(
      (text): PackRead => ({ kind: 'text', text }),
      (error: unknown): PackRead => ({ kind: 'missing', message: readError(error) }),
    ).then((read) => {
      this.pending.delete(done);
      if (!this.watchers.has(path)) return;
      this.reads.set(path, read);
      this.onChanged();
    });
    this.pending.add(done);
    return done;
  }
}

/** One line for the preview: "file not found" rather than an error's stack. */
function readError(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ENOENT' || code === 'FileNotFound' || code === 'EntryNotFound') return 'file not found';
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}
