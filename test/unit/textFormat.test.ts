/**
 * server/src/pack/text/format.ts: the figures, counts, names and sizes the
 * core writes in many places. Each was written several times before, and the
 * copies disagreed; these tests pin the one version.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { checkBrief, checkPack } from '../../server/src/pack';
import { TeamIndex } from '../../server/src/pack/capacity/teamIndex';
import { countOrNo, firstLineLength, lineStartAt, newlineOf, oneDecimal, ownerNames, plural, primaryOwnerName, round1, sizeText, utf8Length } from '../../server/src/pack/text/format';

describe('text/format', () => {
  it('rounds to one decimal: a number for charts, a string that always shows it for messages', () => {
    assert.deepEqual([round1(30.666), round1(22), round1(0.05)], [30.7, 22, 0.1]);
    assert.deepEqual([oneDecimal(30.666), oneDecimal(22), oneDecimal(0.05)], ['30.7', '22.0', '0.1']);
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (value) => Number(oneDecimal(value)) === round1(value)));
  });

  it('counts nouns, with an irregular plural and a "no" for none', () => {
    assert.deepEqual([plural(1, 'error'), plural(3, 'error'), plural(2, 'dependency', 'dependencies'), plural(0, 'pack')], ['1 error', '3 errors', '2 dependencies', '0 packs']);
    assert.deepEqual([countOrNo(0, 'constraint'), countOrNo(1, 'policy', 'policies'), countOrNo(2, 'policy', 'policies')], ['no constraint', '1 policy', '2 policies']);
  });

  it('names owners by their team, or as written when they name none', () => {
    const teams = new TeamIndex([{ id: 'infra', name: 'Infra Squad', engineers: 4 } as never, { id: 'devex', name: 'DevEx', engineers: 2 } as never]);
    const owners = [
      { name: 'infra', share: 0.3 },
      { name: ' Vendor ', share: 0.7 },
      { name: ' ', share: 0 },
      { name: 'DEVEX', share: 0 },
    ];
    assert.deepEqual(ownerNames(owners, teams), ['Infra Squad', 'Vendor', 'DevEx']);
    assert.equal(primaryOwnerName(owners, teams), 'Vendor');
    assert.equal(primaryOwnerName([{ name: 'infra', share: 0.5 }, { name: 'devex', share: 0.5 }], teams), 'Infra Squad', 'the first on a tie');
    assert.equal(primaryOwnerName([], teams), undefined);
  });

  it('finds line boundaries as LineIndex does: \\r\\n, \\n or a lone \\r', () => {
    assert.deepEqual([firstLineLength('ab\r\ncd'), firstLineLength('ab\rcd'), firstLineLength('ab\ncd'), firstLineLength('abc')], [2, 2, 2, 3]);
    assert.deepEqual([lineStartAt('ab\ncd', 4), lineStartAt('ab\ncd', 3), lineStartAt('ab\ncd', 1)], [3, 3, 0]);
    assert.deepEqual([newlineOf('a\r\nb\n'), newlineOf('a\nb'), newlineOf('ab')], ['\r\n', '\n', '\n']);
  });

  it('measures UTF-8 as Node encodes it, whatever the text (lone surrogates too)', () => {
    const utf16 = fc.array(fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff }))).map((units) => String.fromCharCode(...units));
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), utf16), (text) => utf8Length(text) === Buffer.byteLength(text, 'utf8')));
    assert.equal(utf8Length('aé€😀'), 1 + 2 + 3 + 4);
  });

  it('writes sizes for reading: a decimal below 10 KB, so just over a small limit does not read as the limit', () => {
    assert.deepEqual([sizeText(120), sizeText(1024), sizeText(1434), sizeText(48 * 1024), sizeText(6 * 1024 * 1024)], ['120 bytes', '1 KB', '1.4 KB', '48 KB', '6.0 MB']);
  });

  it('gives packs and briefs over the size limit the same RP002 message', () => {
    const limits = { maxFileSize: 1024, maxDepth: 64, maxAliasNodes: 1000 };
    const text = `# x\n${'é'.repeat(700)}`;
    const pack = checkPack(text, { limits }).diagnostics.map((d) => [d.code, d.message]);
    const brief = checkBrief(text, {}, { limits }).diagnostics.map((d) => [d.code, d.message]);
    assert.deepEqual(pack, [['RP002', 'This file is 1.4 KB, over the 1 KB limit for checking (raise it with the `maxFileSize` setting).']]);
    assert.deepEqual(brief, pack);
  });
});
