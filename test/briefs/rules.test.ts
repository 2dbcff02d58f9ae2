import { strict as assert } from 'node:assert';
import { checkBrief } from '../../server/src/pack';
import type { PackDiagnostic } from '../../server/src/pack';
import { PACK_URI, applyFixes, checkFixture, fixture, smallPack, where } from './briefFixtures';

/** Focused fixtures leave out sections they are not about. */
const NO_SECTIONS = { requiredSections: [] };

function expect(diagnostics: PackDiagnostic[], expected: [string, ...string[]][]): void {
  assert.deepEqual(
    diagnostics.map(where),
    expected.map(([at]) => at),
    diagnostics.map((d) => `${where(d)} ${d.message}`).join('\n'),
  );
  expected.forEach(([, ...words], index) => {
    for (const word of words) assert.ok(diagnostics[index].message.toLowerCase().includes(word.toLowerCase()), `"${diagnostics[index].message}" should say "${word}"`);
  });
}

describe('briefs: rules', () => {
  it('a complete brief that agrees with its pack is clean', () => {
    assert.deepEqual(checkFixture('tracing.md').map(where), []);
  });

  it('a brief over the size limit (in UTF-8 bytes) gets one RP002 and nothing else', () => {
    const text = `# Big\n${'é'.repeat(700)}`;
    const limits = { maxFileSize: 1024, maxDepth: 64, maxAliasNodes: 1000 };
    expect(checkBrief(text, {}, { limits }).diagnostics, [['RP002 error 0:0-0:5', 'is 1.4 KB, over the 1 KB limit']]);
    assert.equal(checkBrief(text, {}, { limits: { ...limits, maxFileSize: 2048 } }).diagnostics.filter((d) => d.code === 'RP002').length, 0);
  });

  describe('RP701 brief-front-matter', () => {
    it('reads `status` as a brief key: draft, review and approved pass; another value is reported with the allowed ones', () => {
      for (const status of ['draft', 'review', 'approved']) expect(checkBrief(`---\ninitiative: tracing\nstatus: ${status}\n---\n`, NO_SECTIONS).diagnostics, []);
      const typo = checkBrief('---\ninitiative: tracing\nstatus: aproved\n---\n', NO_SECTIONS).diagnostics;
      expect(typo, [['RP701 warning 2:8-2:15', '`aproved`', 'draft, review, approved', 'did you mean `approved`']]);
      assert.equal(applyFixes('---\ninitiative: tracing\nstatus: aproved\n---\n', typo), '---\ninitiative: tracing\nstatus: approved\n---\n');
      expect(checkBrief('---\ninitiative: tracing\nstatus: shipped\n---\n', NO_SECTIONS).diagnostics, [['RP701 warning 2:8-2:15', '`shipped`', 'one of draft, review, approved']]);
      expect(checkBrief('---\ninitiative: tracing\nstatus:\n---\n', NO_SECTIONS).diagnostics, [['RP701 warning 2:0-2:6', 'empty']]);
    });

    it('reports a brief without front matter on its first line', () => {
      expect(checkFixture('RP701-no-front-matter.md', NO_SECTIONS), [['RP701 error 0:0-0:39', 'no front matter', 'initiative: <id>']]);
    });

    it('reports a missing `initiative` at the opening `---`, and an unknown key with a did-you-mean fix', () => {
      const diagnostics = checkFixture('RP701-front-matter.md', NO_SECTIONS);
      expect(diagnostics, [
        ['RP701 error 0:0-0:3', 'no `initiative`'],
        ['RP701 warning 2:0-2:6', '`owners`', 'did you mean `owner`'],
      ]);
      assert.match(applyFixes(fixture('RP701-front-matter.md'), diagnostics), /\nowner: infra\n/);
    });

    it('reports YAML that does not parse where it breaks, and nothing else about it', () => {
      expect(checkFixture('RP701-bad-yaml.md', NO_SECTIONS), [['RP701 error 1:12-1:13', 'front matter', 'never closed', 'close the list with `]`']]);
    });

    it('reports front matter that is never closed', () => {
      expect(checkFixture('RP701-unclosed.md', NO_SECTIONS), [['RP701 error 0:0-0:3', 'never closed']]);
    });

    it('reports a `pack:` override naming a missing file when the host can tell', () => {
      const text = '---\ninitiative: tracing\npack: ../nowhere.roadmap.yaml\n---\n';
      const diagnostics = checkBrief(text, { pack: smallPack(), ...NO_SECTIONS }, { fileExists: (path) => path !== '../nowhere.roadmap.yaml' }).diagnostics;
      expect(diagnostics, [['RP701 error 2:6-2:29', '`../nowhere.roadmap.yaml`', 'does not exist']]);
    });
  });

  describe('RP702 brief-unknown-initiative', () => {
    it('reports an id the pack does not define, with a fix to the closest one', () => {
      const diagnostics = checkFixture('RP702-unknown-initiative.md', NO_SECTIONS);
      expect(diagnostics, [['RP702 error 1:12-1:18', '`tracng`', 'Small platform roadmap', 'did you mean `tracing`']]);
      const fixed = applyFixes(fixture('RP702-unknown-initiative.md'), diagnostics);
      assert.deepEqual(checkBrief(fixed, { pack: smallPack(), ...NO_SECTIONS }).diagnostics.map(where), []);
    });

    it('without a pack, checks against the ids the host knows', () => {
      const text = fixture('RP702-unknown-initiative.md');
      expect(checkBrief(text, { packIds: ['tracing', 'alerting'], ...NO_SECTIONS }).diagnostics, [['RP702 error 1:12-1:18', 'any pack', '`tracing`']]);
      assert.deepEqual(checkBrief(text.replace('tracng', 'alerting'), { packIds: ['tracing', 'alerting'], ...NO_SECTIONS }).diagnostics, []);
      assert.deepEqual(checkBrief(text, NO_SECTIONS).diagnostics, [], 'nothing to check against');
    });

    it('reports an id that names a gate', () => {
      const text = fixture('RP702-unknown-initiative.md').replace('tracng', 'gate-vendor');
      expect(checkBrief(text, { pack: smallPack(), ...NO_SECTIONS }).diagnostics, [['RP702 error 1:12-1:23', 'is a gate', 'not an initiative']]);
    });
  });

  describe('RP703 brief-missing-section', () => {
    it('reports each missing section where it belongs: on the heading it follows, matching titles loosely', () => {
      const diagnostics = checkFixture('RP703-missing-sections.md');
      expect(diagnostics, [
        ['RP703 warning 10:0-10:23', '"Why now"', 'after "2. Proposed Approach"'],
        ['RP703 warning 26:0-26:22', '"Success metrics"', 'after "Risks & Mitigations"'],
      ]);
    });

    it('reports a first section that is missing on the title it follows, and at the end of a brief without headings', () => {
      const required = { requiredSections: ['Problem / opportunity', 'Scope'] };
      expect(checkBrief('---\ninitiative: tracing\n---\n\n# Brief\n\n## Scope\n\nIn.\n', required).diagnostics.filter((d) => d.code === 'RP703'), [['RP703 warning 4:0-4:7', '"Problem / opportunity"', 'before "Scope"']]);
      expect(checkBrief('---\ninitiative: tracing\n---\n\nNotes.\n\n', { requiredSections: ['Scope'] }).diagnostics.filter((d) => d.code === 'RP703'), [['RP703 warning 4:0-4:6', '"Scope"', 'at the end']]);
    });

    it('adds each section after the previous required one, and the brief is then complete', () => {
      const text = fixture('RP703-missing-sections.md');
      const fixed = applyFixes(text, checkFixture('RP703-missing-sections.md'));
      assert.match(fixed, /Adopt an OpenTelemetry-native vendor\.\n\n## Why now\n\n_Why this cannot wait a quarter\._\n\n## Scope\n/);
      assert.ok(fixed.endsWith('Vendor lock-in: prefer OTLP export.\n\n## Success metrics\n\n_A table: Metric | Baseline | Target, as the pack states them._\n'));
      assert.deepEqual(checkBrief(fixed, { pack: smallPack() }).diagnostics.map(where), []);
    });

    it('takes the required sections from the host, without front matter too', () => {
      const text = '# Brief\n\n## Scope\n';
      expect(checkBrief(text, { requiredSections: ['Scope', 'Open questions'] }).diagnostics.filter((d) => d.code === 'RP703'), [['RP703 warning 2:0-2:8', '"Open questions"', 'after "Scope"']]);
    });
  });

  describe('RP704 brief-milestone-outside (and RP103 for times)', () => {
    it('reports a milestone outside the span, with the pack`s `when` as related information; bad times are RP103', () => {
      const diagnostics = checkFixture('RP704-milestone-outside.md', NO_SECTIONS);
      expect(diagnostics, [
        ['RP704 warning 7:2-7:17', 'Instrumentation rollout', '2026-Q3-W6..W10', 'runs 2026-Q3-W1..W8'],
        ['RP103 error 10:2-10:6', '`W1-3` is not a time', '2026-Q3-W4..W8'],
        ['RP103 error 11:2-11:13', 'week 14'],
      ]);
      const [related] = diagnostics[0].related;
      assert.equal(related.uri, PACK_URI);
      assert.deepEqual(related.range, { start: { line: 11, character: 10 }, end: { line: 11, character: 24 } }, 'the range is in the pack, where `when: 2026-Q3-W1..W8` is');
    });

    it('is silenced by `<!-- roadmap-disable-next-line RP704 -->` and by severity settings', () => {
      const text = fixture('RP704-milestone-outside.md').replace('<!-- roadmap-disable-next-line RP704 -->', '<!-- -->');
      assert.deepEqual(checkBrief(text, { pack: smallPack(), ...NO_SECTIONS }).diagnostics.filter((d) => d.code === 'RP704').map(where), ['RP704 warning 7:2-7:17', 'RP704 warning 9:2-9:12']);
      assert.deepEqual(checkBrief(text, { pack: smallPack(), ...NO_SECTIONS }, { severities: { 'brief-milestone-outside': 'off' } }).diagnostics.filter((d) => d.code === 'RP704'), []);
    });

    it('gives no related information when the host names no pack URI', () => {
      const diagnostics = checkBrief(fixture('RP704-milestone-outside.md'), { pack: smallPack(), ...NO_SECTIONS }).diagnostics;
      assert.deepEqual(diagnostics[0].related, []);
    });
  });

  describe('RP705 brief-table', () => {
    const diagnostics = () => checkFixture('RP705-tables.md', NO_SECTIONS);

    it('reports widths, missing and empty required cells, and levels', () => {
      expect(diagnostics(), [
        ['RP705 warning 7:0-7:5', 'delimiter row has 1 cell', 'header has 3 cells'],
        ['RP705 warning 14:0-14:54', '5 cells', 'header has 4', 'inside inline code', '\\|'],
        ['RP705 warning 15:19-15:23', 'Likelihood `Hgih`', 'did you mean `High`'],
        ['RP705 warning 15:36-15:37', 'Mitigation cell', 'empty'],
        ['RP705 warning 16:47-16:53', 'Impact `Severe`', 'critical'],
        ['RP705 warning 20:0-20:19', 'no Baseline column'],
        ['RP705 warning 22:20-22:21', 'Target cell', 'empty'],
      ]);
    });

    it('fixes the delimiter row and a misspelt level', () => {
      const fixed = applyFixes(fixture('RP705-tables.md'), diagnostics());
      assert.match(fixed, /\| Dependency \| Type \| Status \|\n\|---\|---\|---\|\n/);
      assert.match(fixed, /\| Vendor lock-in \| High \| critical \| \|/);
    });

    it('fills a short row with empty cells, with or without its trailing pipe, and leaves a long row alone', () => {
      const text = '| Risk | Likelihood | Impact | Mitigation |\n|---|---|---|---|\n| Lock-in | High |\n| Churn | Low | Low\n';
      const found = checkBrief(text, NO_SECTIONS).diagnostics.filter((d) => d.code === 'RP705');
      expect(found, [['RP705 warning 2:0-2:18', '2 cells', 'header has 4'], ['RP705 warning 3:0-3:19', '3 cells']]);
      assert.equal(found[0].fixes[0].title, 'Fill the row to 4 cells');
      const fixed = applyFixes(text, found);
      assert.equal(fixed, '| Risk | Likelihood | Impact | Mitigation |\n|---|---|---|---|\n| Lock-in | High |  |  |\n| Churn | Low | Low |  |\n');
      const after = checkBrief(fixed, NO_SECTIONS).diagnostics.filter((d) => d.code === 'RP705');
      expect(after, [['RP705 warning 2:18-2:20', 'Impact cell', 'empty'], ['RP705 warning 2:21-2:23', 'Mitigation cell'], ['RP705 warning 3:21-3:23', 'Mitigation cell']]);
      assert.deepEqual(diagnostics().find((d) => d.message.includes('5 cells'))!.fixes, [], 'a long row keeps its cells');
    });

    it('keeps the alignment of the delimiter cells it has', () => {
      const text = '| a | b | c |\n|:---:|\n| 1 | 2 | 3 |\n';
      const short = checkBrief(text, NO_SECTIONS).diagnostics.filter((d) => d.code === 'RP705');
      assert.equal(applyFixes(text, short), '| a | b | c |\n|:---:|---|---|\n| 1 | 2 | 3 |\n');
    });
  });

  describe('RP706 brief-metric-mismatch', () => {
    it('reports a baseline or target that differs from the pack, for metrics the pack names', () => {
      const diagnostics = checkFixture('RP706-metric-mismatch.md', NO_SECTIONS);
      expect(diagnostics, [
        ['RP706 warning 8:32-8:38', 'baseline', '`40 min`', '`45 min`', 'tracing'],
        ['RP706 warning 9:27-9:31', 'target', '`>90%`', '`>80%`'],
      ]);
      const ranges = diagnostics.map((d) => d.related.map((info) => [info.uri, info.range.start.line, info.range.start.character, info.range.end.character]));
      assert.deepEqual(ranges, [[[PACK_URI, 15, 55, 61]], [[PACK_URI, 16, 56, 62]]], 'related ranges are computed with the pack`s lines');
    });

    it('compares every quarter`s target, across several target columns', () => {
      const table = (q3: string, q4: string) => `---\ninitiative: tracing\n---\n\n## Success metrics\n\n| Metric | Baseline | Target (Q3) | Target (Q4) |\n|---|---|---|---|\n| MTTR (non-deploy incidents) | 45 min | ${q3} | ${q4} |\n`;
      const check = (text: string) => checkBrief(text, { pack: smallPack(), ...NO_SECTIONS }).diagnostics;
      assert.deepEqual(check(table('<25 min', '<15 min')), []);
      expect(check(table('<25 min', '<20 min')), [['RP706 warning 8:41-8:58', '`<25 min; <20 min`', '`<25 min, <15 min`']]);
    });

    it('does not read `5` into `<5`, `15` or `5%`', () => {
      const row = (target: string) => `---\ninitiative: alerting\n---\n\n## Success metrics\n\n| Metric | Baseline | Target |\n|---|---|---|\n| Alert false-positive rate | 60% | ${target} |\n`;
      const codes = (target: string) => checkBrief(row(target), { pack: smallPack(), ...NO_SECTIONS }).diagnostics.map((d) => d.code);
      assert.deepEqual(codes('<25% by Q3'), []);
      assert.deepEqual(codes('<<25%'), ['RP706']);
      assert.deepEqual(codes('<25%5'), ['RP706']);
      assert.deepEqual(codes('25%'), ['RP706']);
    });
  });
});
