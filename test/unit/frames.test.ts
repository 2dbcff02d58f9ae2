import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { wellFramed } from '../../server/src/lsp/transport/frames';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** What comes out of the framer when `input` arrives in chunks of `size` bytes. */
async function throughFramer(input: string, size: number): Promise<string> {
  const source = new PassThrough();
  const out: Buffer[] = [];
  const framed = wellFramed(source);
  framed.on('data', (chunk: Buffer) => out.push(chunk));
  const bytes = Buffer.from(input);
  for (let at = 0; at < bytes.length; at += size) source.write(bytes.subarray(at, at + size));
  source.end();
  await new Promise((resolve) => framed.on('end', resolve));
  return Buffer.concat(out).toString();
}

describe('stdio framing', () => {
  const good = [frame('{"id":1}'), frame('{"text":"é ✓ Content-Length"}'), frame('')];
  const bad = ['Content-Type: x\r\n\r\n{"id":9}', 'Content-Length: ten\r\n\r\n{}', 'no header at all'];

  for (const size of [1, 3, 7, 1000]) {
    it(`passes good frames whole and drops malformed ones, in chunks of ${size} bytes`, async () => {
      const input = good[0] + bad[0] + good[1] + bad[1] + bad[2] + good[2];
      assert.equal(await throughFramer(input, size), good.join(''));
    });
  }
});
