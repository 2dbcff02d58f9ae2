/**
 * Templates (the pack snippets) in completion: offered only where a whole item
 * or a whole file can go, never in a value (issue 12: the whole-pack snippet
 * showed up in an `owner:` value), and every snippet of the shipped file has a place.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { checkPack, completionsAt, templatePrefixes, templatesFromSnippets } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';

const TEMPLATES = templatesFromSnippets(JSON.parse(readFileSync(repoPath('snippets', 'roadmap-yaml.json'), 'utf8')));

const PACK = ['pack: 1', 'title: T', 'teams:', '  - id: infra', '    engineers: 2', 'initiatives:', '  - id: a', '    title: A', '    owner: infra', ''].join('\n');

/** The templates offered at `|` in `text` (the bar is taken out), as label → inserted text. */
function templatesAt(text: string): Map<string, string> {
  const offset = text.indexOf('|');
  const plain = text.slice(0, offset) + text.slice(offset + 1);
  const { candidates } = completionsAt(checkPack(plain).model, plain, offset, 0, TEMPLATES);
  return new Map(candidates.filter((candidate) => candidate.kind === 'template').map((candidate) => [candidate.label, candidate.insertText ?? '']));
}

function bodyOf(prefix: string): string {
  return TEMPLATES.find((template) => template.prefix === prefix)!.body;
}

describe('completion: templates where they fit', () => {
  it('reads every snippet of the shipped file, and each has a place', () => {
    assert.ok(TEMPLATES.length >= 10);
    assert.deepEqual(TEMPLATES.map((template) => template.prefix).filter((prefix) => !templatePrefixes().includes(prefix)), []);
  });

  it('offers no template in a value: `owner: |`, `owner: inf|`, `status: |`, `depends_on: [|`', () => {
    for (const value of ['owner: |', 'owner: inf|', 'status: |', 'depends_on: [|', 'title: rp-|']) {
      assert.deepEqual([...templatesAt(PACK.replace('owner: infra', value)).keys()], [], value);
    }
  });

  it('offers the initiative template at an item position of `initiatives:`, without its dash after a typed `- `', () => {
    const dashed = templatesAt('pack: 1\ninitiatives:\n  - |');
    assert.deepEqual([...dashed.keys()], ['rp-initiative']);
    assert.equal(dashed.get('rp-initiative'), bodyOf('rp-initiative').slice(2));
    assert.match(bodyOf('rp-initiative'), /^- id: /);
    const bare = templatesAt(`${PACK}  |`);
    assert.deepEqual([...bare.keys()], ['rp-initiative'], 'a new item after the last one');
    assert.equal(bare.get('rp-initiative'), bodyOf('rp-initiative'));
    assert.deepEqual([...templatesAt(`${PACK}  - rp-in|`).keys()], ['rp-initiative'], 'while its prefix is typed');
  });

  it('offers no template inside an item, at a key of the pack, or in a comment', () => {
    assert.deepEqual([...templatesAt(`${PACK}    |`).keys()], [], 'a key of the initiative');
    assert.deepEqual([...templatesAt(`${PACK}|`).keys()], [], 'a top-level key of a pack that has content');
    assert.deepEqual([...templatesAt(`${PACK}  # - |`).keys()], [], 'a comment');
    assert.deepEqual([...templatesAt(`${PACK}  - |  # later`).keys()], [], 'text after the cursor');
  });

  it('offers the whole-pack template in an empty file, first, and only there', () => {
    for (const text of ['|', 'rp|', '# Our roadmap\n\n|\n']) {
      const { candidates } = completionsAt(checkPack(text.replace('|', '')).model, text.replace('|', ''), text.indexOf('|'), 0, TEMPLATES);
      assert.equal(candidates[0].label, 'rp-pack', JSON.stringify(text));
      assert.equal(candidates[0].insertText, bodyOf('rp-pack'));
      assert.deepEqual(candidates.filter((candidate) => candidate.kind === 'template').map((candidate) => candidate.label), ['rp-pack']);
    }
    assert.deepEqual([...templatesAt('  |').keys()], [], 'not indented');
  });

  it('offers each list its own template', () => {
    const cases: [string, string][] = [
      ['pack: 1\ngates:\n  - |', 'rp-gate'],
      ['pack: 1\nrisks:\n  - |', 'rp-risk'],
      ['pack: 1\ndependencies:\n  - |', 'rp-dependency'],
      ['pack: 1\nmetrics:\n  - |', 'rp-metric'],
      ['pack: 1\nteams:\n  - |', 'rp-team'],
      ['pack: 1\ngoals:\n  - |', 'rp-goal'],
      ['pack: 1\ntradeoffs:\n  - |', 'rp-tradeoff'],
      [`${PACK}    milestones:\n      - |`, 'rp-milestone'],
      [`${PACK}    depends_on:\n      - |`, 'rp-depends-on'],
      [`${PACK}    milestones:\n      - when: 2026-Q3\n        after:\n          - |`, 'rp-depends-on'],
    ];
    for (const [text, prefix] of cases) assert.deepEqual([...templatesAt(text).keys()], [prefix], text);
    assert.deepEqual([...templatesAt(`${PACK}    metrics:\n      - |`).keys()], [], "an initiative's metric has a target, not the portfolio metric's targets");
  });

  it('lists a typed-entry template after the ids in a depends_on item', () => {
    const text = `${PACK}  - id: b\n    depends_on:\n      - |`;
    const offset = text.indexOf('|');
    const plain = text.replace('|', '');
    const { candidates } = completionsAt(checkPack(plain).model, plain, offset, 0, TEMPLATES);
    assert.deepEqual(candidates.map((candidate) => candidate.label), ['a', 'rp-depends-on']);
  });

  it('reads a snippets file of any shape without throwing, keeping the well-formed entries', () => {
    for (const odd of [null, 3, 'text', [], { a: 1 }, { a: { prefix: 1, body: 'x' } }, { a: { prefix: 'p', body: [1] } }]) assert.deepEqual(templatesFromSnippets(odd), []);
    assert.deepEqual(templatesFromSnippets({ A: { prefix: 'rp-gate', body: ['- id: x', '  at: y'] } }), [{ name: 'A', prefix: 'rp-gate', description: '', body: '- id: x\n  at: y' }]);
  });
});
