/**
 * The visual standard of issue 11, in headless Chromium through the real
 * webview (harness.ts): every view of every example and hostile fixture, in
 * the light, dark and high-contrast themes, in panes 500, 600 and 900 px wide,
 * measured in the rendered SVG by measure.ts: no label clipped by the
 * diagram's edge, no two labels overlapping, every text at 4.5:1 against what
 * is behind it, every text at least 9 px at fit-to-width zoom, and no arrow
 * through a node that is not one of its ends.
 *
 * The readability rule applies to every view as drawn: the views that
 * aggregate large packs (the Gantt above its `aggregateAbove`, the
 * dependency graph above 60 initiatives) are measured as aggregated, which is
 * what the preview shows; the packs here are below both limits except where
 * a fixture says otherwise.
 *
 * Skipped only when /usr/bin/chromium is absent.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import type { ViewName } from '../../protocol/views';
import type { ToWebview } from '../../protocol/webview';
import { repoPath } from '../helpers/repoRoot';
import { THEMES, forEveryPane, useChromium } from './harness';
import { VIOLATION_KINDS, Violation, ViolationKind, countByKind, describeViolations, measureCanvas } from './measure';
import { isPortfolioText } from '../../server/src/pack';
import { Update, portfolioUpdateFor, readPack, updateFor, viewsOf } from './updates';

/** 500: a side pane beside an editor on a laptop (issue 11 saw labels over bars at 500–520 px). */
const PANE_WIDTHS = [500, 600, 900] as const;

/**
 * What does not yet meet the standard, by view and pack (`view pack` → the
 * pane widths): empty now that long Gantt labels are shortened at a word,
 * the board wraps its columns and the dependency graph shows its compact
 * copy when the detailed one would be too small. Only `unreadable` is
 * excused, only at the widths given, and an excused case that passes fails,
 * so an entry cannot outlive its fix.
 */
const PENDING_UNREADABLE: ReadonlyMap<string, readonly number[]> = new Map<string, readonly number[]>([]);
const PANE_HEIGHT = 800;

/** A view as the preview can show it: capacity in both of its periods. */
type Drawing = ViewName | 'capacity-weekly';

const PACKS = [
  ...packsIn('examples'),
  ...packsIn('examples/platform-reliability'),
  ...packsIn('examples/data-platform'),
  ...packsIn('test/fixtures/hostile'),
  'test/fixtures/visual/schedule.roadmap.yaml',
  'test/fixtures/visual/goals.roadmap.yaml',
  // A portfolio, drawn across its packs (views/portfolio/).
  'examples/portfolio/portfolio.roadmap.yaml',
];

function packsIn(folder: string): string[] {
  return readdirSync(repoPath(folder))
    .filter((name) => name.endsWith('.roadmap.yaml'))
    .sort()
    .map((name) => `${folder}/${name}`);
}

interface Case {
  pack: string;
  drawing: Drawing;
  view: ViewName;
  update: Update;
}

function casesOf(pack: string): Case[] {
  const text = readPack(pack);
  const updateOf = (weekly: boolean) => (isPortfolioText(text) ? portfolioUpdateFor(pack, { weekly }) : updateFor(text, { uri: `file:///${pack}`, weekly }));
  const quarterly = updateOf(false);
  const weekly = updateOf(true);
  const cases: Case[] = viewsOf(quarterly).map((view) => ({ pack, drawing: view, view, update: quarterly }));
  if (viewsOf(weekly).includes('capacity')) cases.push({ pack, drawing: 'capacity-weekly', view: 'capacity', update: weekly });
  return cases;
}

/** Violations by drawing and kind (enforced and pending alike; advisory ones in a column of their own), for the summary printed at the end. */
const tally = new Map<Drawing, Record<ViolationKind | 'advisory', number>>();

function record(drawing: Drawing, violations: readonly Violation[]): void {
  const counts = tally.get(drawing) ?? { clipped: 0, overlap: 0, contrast: 0, unreadable: 0, crossing: 0, advisory: 0 };
  const found = countByKind(violations.filter((violation) => !violation.advisory));
  for (const kind of VIOLATION_KINDS) counts[kind] += found[kind];
  counts.advisory += violations.filter((violation) => violation.advisory).length;
  tally.set(drawing, counts);
}

function summary(): string {
  const columns = [...VIOLATION_KINDS, 'advisory'] as const;
  const rows = [...tally].map(([drawing, counts]) => `  ${drawing.padEnd(16)}${columns.map((kind) => String(counts[kind]).padStart(11)).join('')}`);
  return [`  ${'view'.padEnd(16)}${columns.map((kind) => kind.padStart(11)).join('')}`, ...rows].join('\n');
}

describe('visual standard: every view × theme × pane width', function () {
  this.timeout(120_000);
  const chromium = useChromium('the visual standard');

  after(() => {
    if (tally.size > 0) console.log(`\n  Violations, all themes and widths:\n${summary()}\n`);
  });

  forEveryPane(chromium, PANE_WIDTHS, PANE_HEIGHT, (pane) => {
    for (const pack of PACKS) {
      for (const testCase of casesOf(pack)) {
        it(`${pack}: ${testCase.drawing}`, async () => {
          // Select first, then a newer version of the update: the update draws the selected view and always answers `rendered`.
          const update = { ...testCase.update, version: pane.nextVersion() };
          const result = await pane.preview.draw([{ type: 'select', view: testCase.view } as ToWebview, update], testCase.view);
          assert.equal(result.type, 'rendered', `${testCase.drawing} did not render: ${JSON.stringify(result)}`);
          const measured = await measureCanvas(pane.preview.page);
          record(testCase.drawing, measured.violations);
          assert.ok(measured.labels > 0, 'the drawing has labels');
          const where = `${testCase.drawing} of ${pack} (${pane.theme}, ${pane.width} px pane; drawing ${measured.width} px, fit ${measured.fitZoom.toFixed(2)})`;
          const pending = PENDING_UNREADABLE.get(`${testCase.drawing} ${pack}`)?.includes(pane.width) === true;
          const excused = (violation: Violation) => violation.advisory || (pending && violation.kind === 'unreadable');
          const enforced = measured.violations.filter((violation) => !excused(violation));
          const advisory = measured.violations.filter((violation) => violation.advisory);
          if (advisory.length > 0 && pane.theme === THEMES[0] && pane.width === PANE_WIDTHS[0]) console.log(`    advisory: ${where}:\n${describeViolations(advisory)}`);
          if (pending) assert.ok(measured.violations.some((violation) => violation.kind === 'unreadable'), `${where} now meets the standard: take it off PENDING_UNREADABLE`);
          if (enforced.length === 0) return;
          assert.fail(`${where}:\n${describeViolations(enforced)}`);
        });
      }
    }
  });
});
