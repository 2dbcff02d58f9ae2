/**
 * Reading a V8 `.cpuprofile` of the bundled server: the samples that fall in
 * given time windows (process.hrtime, which V8's profile clock shares on
 * Linux), attributed to functions and to the source files of the bundle
 * (esbuild writes a `// path/to/file.ts` line before each module).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Microseconds on the monotonic clock, [start, end). */
export type Window = [number, number];

export interface Attribution {
  /** Sampled milliseconds inside the windows. */
  totalMs: number;
  /** Milliseconds with the function (or file) anywhere on the stack, counted once per sample. */
  inclusive: Map<string, number>;
  /** Milliseconds with the file at the top of the stack. */
  selfByFile: Map<string, number>;
}

/** Line number (0-based) → source file, from the bundle's module comments. */
export function bundleFiles(bundlePath: string): (line: number) => string {
  const starts: { line: number; file: string }[] = [];
  readFileSync(bundlePath, 'utf8')
    .split('\n')
    .forEach((text, line) => {
      const match = /^\/\/ ((?:\S*node_modules|server|client)\/\S+\.[cm]?[jt]s)$/.exec(text);
      if (match) starts.push({ line, file: match[1] });
    });
  return (line) => {
    let low = 0;
    let high = starts.length - 1;
    let found = 'bundle';
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (starts[mid].line <= line) {
        found = starts[mid].file;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  };
}

/** The bundle's source file for a frame, Node's own code as `node internals`, V8's pseudo-frames by name. */
function frameFile(frame: ProfileNode['callFrame'], fileOf: (line: number) => string): string {
  if (frame.url.endsWith('server.js')) return fileOf(frame.lineNumber);
  if (frame.url.startsWith('node:')) return 'node internals';
  return frame.url || frame.functionName;
}

export function attribute(profilePath: string, windows: Window[], fileOf: (line: number) => string): Attribution {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const result: Attribution = { totalMs: 0, inclusive: new Map(), selfByFile: new Map() };
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  let time = profile.startTime;
  profile.samples.forEach((id, k) => {
    time += profile.timeDeltas[k];
    const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    if (!windows.some(([start, end]) => time >= start && time < end)) return;
    result.totalMs += ms;
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const frame = byId.get(node)!.callFrame;
      const file = frameFile(frame, fileOf);
      for (const key of [`${frame.functionName || '(anonymous)'} · ${shortFile(file)}`, `file ${shortFile(file)}`]) seen.add(key);
      if (node === id) add(result.selfByFile, shortFile(file), ms);
    }
    seen.forEach((key) => add(result.inclusive, key, ms));
  });
  return result;
}

function shortFile(file: string): string {
  return file.replace(/^server\/src\//, '').replace(/^\S*node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1 (dependency)');
}
