/**
 * The outline's ranges: a section (`initiatives:`) covers its whole list, so
 * that breadcrumbs and the outline follow the cursor into its items; its
 * selection is the key. Each item lies inside its section, as LSP requires.
 */
import { strict as assert } from 'node:assert';
import { OutlineItem, Span, checkPack, outline } from '../../server/src/pack';

const TEXT = [
  'pack: 1',
  'title: T',
  'horizon: 2026-Q3',
  'teams: [{ id: infra, engineers: 2 }]',
  'initiatives:',
  '  - id: a',
  '    title: A',
  '  - id: b',
  '    title: B',
  '    milestones:',
  '      - { when: 2026-Q3-W2, name: Spike }',
  'gates:',
  '  - { id: g, title: G, at: 2026-Q3-W4 }',
  '',
].join('\n');

function sections(text: string): Map<string, OutlineItem> {
  return new Map(outline(checkPack(text).model).map((section) => [section.name, section]));
}

function textOf(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

function inside(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

describe('outline', () => {
  it('gives a block-list section the range of its whole list and the key as its selection', () => {
    const initiatives = sections(TEXT).get('initiatives')!;
    assert.equal(textOf(TEXT, initiatives.selection), 'initiatives');
    assert.equal(textOf(TEXT, initiatives.span), TEXT.slice(TEXT.indexOf('initiatives:'), TEXT.indexOf('\ngates:')));
    for (const child of initiatives.children) assert.ok(inside(child.span, initiatives.span), `${child.name} lies outside its section`);
  });

  it('gives a flow-list section the range of its key and value', () => {
    const teams = sections(TEXT).get('teams')!;
    assert.equal(textOf(TEXT, teams.span), 'teams: [{ id: infra, engineers: 2 }]');
    assert.equal(textOf(TEXT, teams.selection), 'teams');
  });

  it('covers the last item even when it does not parse', () => {
    const broken = `${TEXT}risks:\n  - id: r\n    title: [unclosed\n`;
    const risks = sections(broken).get('risks')!;
    assert.equal(textOf(broken, risks.span), 'risks:\n  - id: r\n    title: [unclosed');
  });
});
