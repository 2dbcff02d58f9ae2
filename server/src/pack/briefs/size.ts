import type { Finding } from '../diagnostic';

/** RP002 when the text is over the size limit in UTF-8 bytes, as for packs. */
export function tooLarge(text: string, maxBytes: number): Finding | undefined {
  if (text.length * 3 <= maxBytes || utf8Length(text) <= maxBytes) return undefined;
  const firstLine = text.search(/\r|\n/);
  return {
    code: 'RP002',
    message: `This file is over the ${maxBytes}-byte limit for checking (raise it with the \`maxFileSize\` setting).`,
    span: { start: 0, end: firstLine < 0 ? text.length : firstLine },
  };
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const pair = code >= 0xd800 && code < 0xdc00 && index + 1 < text.length;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (pair) index++;
  }
  return bytes;
}
