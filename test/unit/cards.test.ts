/**
 * Hover cards are Markdown: pack text in them must render as the text it is.
 * Every free-text field of this pack (titles, team names, owners that are not
 * teams, themes, outcomes) holds a link, an autolink, HTML, an entity, a code
 * span and a heading; each card must show them escaped, never as Markdown.
 */
import { strict as assert } from 'node:assert';
import { Entity, checkPack, entityCard, teamCard } from '../../server/src/pack';

const HOSTILE = '[x](https://evil.example) <b>*y*</b> `z` &amp; www.evil.example';
const Q = JSON.stringify(HOSTILE);

const TEXT = [
  'pack: 1',
  'title: T',
  'horizon: 2026-Q3..2026-Q4',
  `teams: [{ id: infra, name: ${Q}, engineers: 4 }]`,
  'initiatives:',
  `  - { id: a, title: ${Q}, owner: ${Q}, theme: ${Q}, outcome: ${Q}, when: 2026-Q3, effort: 4 }`,
  `  - { id: b, title: ${Q}, owner: ${JSON.stringify('[o](https://evil.example)')}, when: 2026-Q3, effort: 2 }`,
  'gates:',
  `  - { id: g, title: ${Q}, at: 2026-Q3-W4, decision: ${Q}, output: ${Q}, owner: ${Q} }`,
  'risks:',
  `  - { id: r, risk: ${Q}, likelihood: low, impact: high, mitigation: ${Q}, owner: ${Q}, affects: [a] }`,
  'dependencies:',
  `  - { id: d, title: ${Q}, requester: ${Q}, provider: ${Q}, needed_by: 2026-Q3-W6 }`,
  '',
].join('\n');

/** What Markdown would act on, once the escaped characters are taken out. */
const ACTIVE = [/\]\(/, /<b>/, /&amp;/, /:\/\//, /`z`/, /www\.evil/, /\*y\*/];

function assertInert(card: string, what: string): void {
  const unescaped = card.replace(/\\[!-/:-@[-`{-~]/g, '');
  for (const pattern of ACTIVE) assert.doesNotMatch(unescaped, pattern, `${what} card renders pack text as Markdown (${pattern}):\n${card}`);
}

describe('hover cards escape pack text', () => {
  const { analysis, model } = checkPack(TEXT);

  for (const id of ['a', 'b', 'g', 'r', 'd']) {
    it(`keeps the text of ${id}'s card inert`, () => {
      const entity = model.byId.get(id) as Entity;
      assert.ok(entity, `no entity ${id}`);
      assertInert(entityCard(analysis, entity), id);
    });
  }

  it('escapes an owner that is not a team (the link in it does not render)', () => {
    const card = entityCard(analysis, model.byId.get('b') as Entity);
    assert.match(card, /\*Owner:\* \\\[o\\\]\\\(https\\:\\\/\\\/evil\\\.example\\\)/);
  });

  it('keeps a team card inert, and its id readable in a code span', () => {
    const card = teamCard(analysis, model.teams[0]);
    assertInert(card, 'team');
    assert.match(card, /\(`infra`\)/);
  });

  it('folds a multi-line title into one line, so it cannot open a block', () => {
    const { analysis: multi, model: multiModel } = checkPack('pack: 1\ntitle: T\nhorizon: 2026-Q3\ninitiatives:\n  - id: m\n    title: "one\\n# two\\n\\n    three"\n');
    const card = entityCard(multi, multiModel.byId.get('m') as Entity);
    assert.match(card.split('\n')[0], /^\*\*m\*\* — one \\# two three/);
  });
});
