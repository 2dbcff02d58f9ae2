import { strict as assert } from 'node:assert';
import { checkMarkdownPacks, checkPack, roadmapBlocks } from '../../server/src/pack';
import type { PackDiagnostic } from '../../server/src/pack';
import { applyEdits, fixture, where } from './briefFixtures';

function cycles(diagnostics: PackDiagnostic[]): string[] {
  return diagnostics.filter((d) => d.code === 'RP301').map(where);
}

describe('briefs: ```roadmap blocks in Markdown', () => {
  const text = fixture('roadmap-blocks.md');
  const diagnostics = checkMarkdownPacks(text);

  it('finds the three roadmap blocks and not the yaml one', () => {
    const blocks = roadmapBlocks(text);
    assert.deepEqual(blocks.map((block) => [block.fence.openLine, block.fence.indent]), [[4, 0], [18, 2], [32, 0]]);
    assert.ok(blocks[1].content.startsWith('pack: 1\ntitle: Cycle\n'), 'the indentation is stripped');
  });

  it('reports each edge of a cycle at its Markdown line and column: plain, indented by two spaces, and ~~~', () => {
    assert.deepEqual(cycles(diagnostics), [
      'RP301 error 12:83-12:84',
      'RP301 error 13:83-13:84',
      'RP301 error 26:85-26:86',
      'RP301 error 27:85-27:86',
      'RP301 error 40:83-40:84',
    ]);
    const lines = text.split('\n');
    for (const d of diagnostics.filter((d) => d.code === 'RP301')) assert.match(lines[d.range.start.line].slice(d.range.start.character), /^[ab]\] \}$/);
  });

  it('points related information at the other edge, in the Markdown file', () => {
    const indented = diagnostics.find((d) => d.code === 'RP301' && d.range.start.line === 26)!;
    assert.deepEqual(indented.related.map((info) => [info.uri, info.range.start.line, info.range.start.character]), [
      [undefined, 26, 85],
      [undefined, 27, 85],
    ]);
  });

  it('honours `# roadmap-disable-next-line` inside a block, and Markdown comments around it', () => {
    assert.ok(!cycles(diagnostics).includes('RP301 error 42:83-42:84'), 'the tilde block silences b → a');
    const silenced = checkMarkdownPacks(text.replace('A pack in a plain fence:', '<!-- roadmap-disable RP301 -->'));
    assert.deepEqual(cycles(silenced), []);
    assert.deepEqual(cycles(checkMarkdownPacks(text, { severities: { RP301: 'off' } })), []);
  });

  it('maps the offsets of a block exactly like the pack text it holds', () => {
    const [, indented] = roadmapBlocks(text);
    const alone = checkPack(indented.content).diagnostics.map((d) => [d.code, d.message]);
    const inMarkdown = diagnostics.filter((d) => d.range.start.line > 18 && d.range.start.line < 29).map((d) => [d.code, d.message]);
    assert.deepEqual(inMarkdown, alone);
  });

  it('indents the lines a quick fix inserts into an indented block', () => {
    const markdown = ['- item', '', '  ```roadmap', '  pack: 1', '  title: T', '  horizon: 2026-Q3..2026-Q4', '  teams:', '    - { id: infra, name: Infra, engineers: 2 }', '  initiatives:', '    - { id: a, title: A, owner: infra, when: 2026-Q3, effort: 1, depends_on: [gate-x] }', '  gates:', '    - { id: gate-y, title: Y, at: 2026-Q3-W1 }', '  ```', ''].join('\n');
    const unresolved = checkMarkdownPacks(markdown).find((d) => d.code === 'RP202')!;
    assert.equal(where(unresolved), 'RP202 error 9:78-9:84');
    const fixed = applyEdits(markdown, unresolved.fixes[0].edits);
    assert.match(fixed, /depends_on: \[gate-y\] \}/);
  });

  it('checks nothing in Markdown without roadmap blocks, and survives an unclosed one', () => {
    assert.deepEqual(checkMarkdownPacks('# Notes\n\n```yaml\npack: 1\n```\n'), []);
    const unclosed = checkMarkdownPacks('Intro\n\n~~~roadmap\npack: 2\n');
    assert.deepEqual(unclosed.filter((d) => d.message.includes('must be 1')).map(where), ['RP101 error 3:6-3:7']);
  });
});
