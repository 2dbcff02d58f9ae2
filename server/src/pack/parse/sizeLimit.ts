import type { Finding } from '../diagnostic';
import { firstLineLength, sizeText, utf8Length } from '../text/format';

/**
 * RP002 for a file over the size limit in UTF-8 bytes, on its first line:
 * one message for packs and briefs alike. Sizes are written for reading
 * (`6.0 MB`, `48 KB`, `120 bytes`), so a small limit does not read "0.0 MB".
 */
export function sizeFinding(text: string, maxBytes: number): Finding | undefined {
  if (text.length * 3 <= maxBytes) return undefined; // no UTF-16 unit takes more than 3 bytes
  const bytes = utf8Length(text);
  if (bytes <= maxBytes) return undefined;
  return {
    code: 'RP002',
    message: `This file is ${sizeText(bytes)}, over the ${sizeText(maxBytes)} limit for checking (raise it with the \`maxFileSize\` setting).`,
    span: { start: 0, end: firstLineLength(text) },
  };
}
