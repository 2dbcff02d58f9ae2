import { Transform, TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const LENGTH_HEADER = /^content-length$/i;
/** A header block longer than this is garbage, not a header still arriving. */
const MAX_HEADER_BYTES = 8192;

/** What the start of the bytes read so far holds. */
export type FrameStart =
  | { kind: 'incomplete' }
  | { kind: 'frame'; headerBytes: number; bodyBytes: number }
  | { kind: 'garbage'; bytes: number };

/**
 * Reads one frame header (`Content-Length: N\r\n…\r\n\r\n`) at the start of
 * `bytes`. A header without a numeric Content-Length, or no header at all, is
 * garbage up to the next `Content-Length` that could start a good frame.
 */
export function frameStart(bytes: Buffer): FrameStart {
  const end = bytes.indexOf(HEADER_END);
  if (end === -1) return bytes.length > MAX_HEADER_BYTES ? { kind: 'garbage', bytes: resyncPoint(bytes) } : { kind: 'incomplete' };
  const length = contentLength(bytes.toString('ascii', 0, end));
  if (length === undefined) return { kind: 'garbage', bytes: resyncPoint(bytes) };
  return { kind: 'frame', headerBytes: end + HEADER_END.length, bodyBytes: length };
}

function contentLength(header: string): number | undefined {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon === -1) return undefined;
    const value = line.slice(colon + 1).trim();
    if (LENGTH_HEADER.test(line.slice(0, colon).trim())) length = /^\d+$/.test(value) ? Number(value) : undefined;
  }
  return length;
}

/** Where the next frame may start: the next `Content-Length` after the first byte, or the end (keeping a tail that may be its beginning). */
function resyncPoint(bytes: Buffer): number {
  const next = bytes.toString('latin1').toLowerCase().indexOf('content-length', 1);
  return next !== -1 ? next : Math.max(1, bytes.length - 'content-length'.length);
}

/**
 * The byte stream of a stdio client with malformed frames dropped, so that
 * one bad header costs that message and not every one after it (the JSON-RPC
 * reader, once its framing is off, reads every later header as garbage).
 * Bodies stream through without being buffered here.
 */
export function wellFramed(input: NodeJS.ReadableStream): Transform {
  let header = Buffer.alloc(0);
  let bodyLeft = 0;
  const framer = new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      let rest = chunk;
      while (rest.length > 0) {
        if (bodyLeft > 0) {
          const body = rest.subarray(0, bodyLeft);
          bodyLeft -= body.length;
          this.push(body);
          rest = rest.subarray(body.length);
          continue;
        }
        const pending = Buffer.concat([header, rest]);
        const start = frameStart(pending);
        header = start.kind === 'incomplete' ? pending : Buffer.alloc(0);
        if (start.kind === 'incomplete') break;
        if (start.kind === 'frame') {
          this.push(pending.subarray(0, start.headerBytes));
          bodyLeft = start.bodyBytes;
        }
        rest = pending.subarray(start.kind === 'frame' ? start.headerBytes : start.bytes);
      }
      done();
    },
  });
  return input.pipe(framer);
}
