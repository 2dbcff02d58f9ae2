import type { Finding } from '../diagnostic';
import { firstLineLength, sizeText, utf8Length, utf8LengthAfter } from '../text/format';
import type { TextChange } from '../text/textChange';

/** A text and its UTF-8 size, when it was counted. */
export interface CountedText {
  text: string;
  bytes: number | undefined;
}

/**
 * The UTF-8 size of a text that could be over `maxBytes`, undefined for one
 * that cannot (no UTF-16 unit takes more than 3 bytes). After an edit, it is
 * derived from the previous text's size when that was counted.
 */
export function sizeToCheck(text: string, maxBytes: number, previous?: CountedText, change?: TextChange): number | undefined {
  if (text.length * 3 <= maxBytes) return undefined;
  return previous?.bytes !== undefined && change ? utf8LengthAfter(previous.bytes, previous.text, text, change) : utf8Length(text);
}

/**
 * RP002 for a file over the size limit in UTF-8 bytes, on its first line:
 * one message for packs and briefs alike. Sizes are written for reading
 * (`6.0 MB`, `48 KB`, `120 bytes`), so a small limit does not read "0.0 MB".
 */
export function sizeFinding(text: string, maxBytes: number, bytes = sizeToCheck(text, maxBytes)): Finding | undefined {
  if (bytes === undefined || bytes <= maxBytes) return undefined;
  return {
    code: 'RP002',
    message: `This file is ${sizeText(bytes)}, over the ${sizeText(maxBytes)} limit for checking (raise it with the \`maxFileSize\` setting).`,
    span: { start: 0, end: firstLineLength(text) },
  };
}
