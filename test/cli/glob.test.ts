import assert from 'node:assert/strict';
import { globMatcher } from '../../server/src/cli/glob';

describe('roadmap-packs.json ignore globs', () => {
  const cases: [string, string[], string[]][] = [
    ['test/fixtures', ['test/fixtures', 'test/fixtures/rules/a.roadmap.yaml'], ['test', 'test/fixtures2', 'other/test/fixtures']],
    ['test/fixtures/**', ['test/fixtures/a.md', 'test/fixtures/x/y/b.md'], ['test/fixture/a.md', 'test/fixturesX/a.md']],
    ['**/bad-*.roadmap.yaml', ['bad-1.roadmap.yaml', 'a/b/bad-cycle.roadmap.yaml'], ['a/good.roadmap.yaml', 'a/bad-1.roadmap.yml']],
    ['fixtures', ['fixtures', 'test/fixtures/a.md'], ['fixtures2/a.md']],
    ['docs/*.md', ['docs/a.md', 'docs/a.md/inside'], ['docs/sub/a.md', 'xdocs/a.md']],
    ['./notes/', ['notes/a.md'], ['notes2']],
    ['a?c', ['abc', 'x/abc'], ['ac', 'a/c', 'abbc']],
    ['a.b+(c)', ['a.b+(c)'], ['aXb+(c)', 'a.bb(c)']],
  ];
  for (const [pattern, matching, other] of cases) {
    it(`\`${pattern}\` matches what it should and nothing else`, () => {
      const matches = globMatcher([pattern]);
      for (const path of matching) assert.ok(matches(path), `${pattern} should match ${path}`);
      for (const path of other) assert.ok(!matches(path), `${pattern} should not match ${path}`);
    });
  }
});
