/**
 * What the core writes in many places, written once: rounded figures, counted
 * nouns, owners' display names, line boundaries and UTF-8 sizes. Each was
 * copied several times and the copies had drifted (a number in one, a string
 * in another; one size message in bytes, one in MB; `\r` a line end or not).
 */
import type { TextChange } from './textChange';

/** Rounded to one decimal, as a number for charts and sums: 30.666 → 30.7, 22 → 22. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Rounded to one decimal and always showing it, for messages: 30.666 → `30.7`, 22 → `22.0`. */
export function oneDecimal(value: number): string {
  return round1(value).toFixed(1);
}

/** `1 error`, `3 errors`, `2 dependencies` (the plural given when it is not `one` + s). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Like `plural`, but none is `no constraint`. */
export function countOrNo(count: number, one: string, many = `${one}s`): string {
  return count === 0 ? `no ${one}` : plural(count, one, many);
}

/** What `find` needs to name a team: the team index, or anything that resolves an owner. */
export interface TeamNames {
  find(owner: string): { name: string } | undefined;
}

/** An owner by its team's display name, or as written when it names no team. */
export function ownerName(owner: string, teams: TeamNames): string {
  return teams.find(owner)?.name || owner.trim();
}

/** Every owner by display name, in the order written; blank owners left out. */
export function ownerNames(owners: readonly { name: string }[], teams: TeamNames): string[] {
  return owners.map((owner) => ownerName(owner.name, teams)).filter((name) => name !== '');
}

/** The owner carrying the largest share (the first on a tie), by display name. */
export function primaryOwnerName(owners: readonly { name: string; share: number }[], teams: TeamNames): string | undefined {
  let primary = owners[0];
  for (const owner of owners) if (owner.share > primary.share) primary = owner;
  return primary ? ownerName(primary.name, teams) || undefined : undefined;
}

/** The line ending a new line in this text should use: the text's own, `\n` when it has none. */
export function newlineOf(text: string): '\r\n' | '\n' {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Offset of the start of the line holding `offset`. */
export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Length of the first line, without its line ending (`\r\n`, `\n` or a lone `\r`, as LineIndex counts lines). */
export function firstLineLength(text: string): number {
  const end = text.search(/\r|\n/);
  return end === -1 ? text.length : end;
}

/** UTF-8 size in bytes: one per ASCII character, found by a native regex scan, plus the rest. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  // eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL on purpose
  for (const match of text.matchAll(/[^\x00-\x7f]+/g)) {
    for (let i = 0; i < match[0].length; i++) {
      const c = match[0].charCodeAt(i);
      if (c < 0x800) bytes += 1;
      else if (isHighSurrogate(c) && isLowSurrogate(match[0].charCodeAt(i + 1))) {
        bytes += 2; // a surrogate pair: 2 UTF-16 units, 4 bytes
        i++;
      } else bytes += 2; // 3 bytes; a lone surrogate too, which UTF-8 writes as U+FFFD
    }
  }
  return bytes;
}

/**
 * The UTF-8 size of `text`, from the size of the text `change` made it from:
 * only the changed stretch is counted, in both versions. The stretch is
 * widened to whole surrogate pairs, which count 4 bytes together and 3 each apart.
 */
export function utf8LengthAfter(previousBytes: number, previous: string, text: string, change: TextChange): number {
  const start = change.start > 0 && isHighSurrogate(text.charCodeAt(change.start - 1)) ? change.start - 1 : change.start;
  const suffix = previous.length - change.oldEnd;
  const tail = suffix > 0 && isLowSurrogate(previous.charCodeAt(change.oldEnd)) ? suffix - 1 : suffix;
  return previousBytes - utf8Length(previous.slice(start, previous.length - tail)) + utf8Length(text.slice(start, text.length - tail));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** `6.0 MB`, `48 KB`, `1.4 KB` or `120 bytes`: a decimal below 10 KB, so a size just over a small limit does not read as the limit. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 10 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}
