/**
 * The bench (`npm run bench`; `npm run bench -- --quick` for a shorter run,
 * `-- --render` to add the Mermaid render bench, several minutes more). In
 * one run: the cold check against yaml's `parseDocument`, keystroke →
 * diagnostics for five edit kinds on three generators (ours and the peer,
 * yaml-language-server), the server's peak memory, a workspace of many
 * packs starting up, levelling 1,000 initiatives, the worst cases by size and a workspace of test corpora. It ends with the issue's targets, each figure beside
 * its target and the peer's, the worst generator and edit kind in each row.
 *
 * Compare ratios across machines, not absolute times: the load average is
 * printed because a busy 2-core machine can double every figure.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { coreBench } from './coreBench';
import { EDIT_KINDS } from './edits';
import { GENERATORS, generatorNamed } from './generators';
import { KeystrokeRun, keystrokeRun, keystrokeTable } from './lspBench';
import { levelBench } from './levelBench';
import { portfolioBench } from './portfolioBench';
import { reportBench } from './reportBench';
import { renderBench } from './renderBench';
import { firstPaintBench, firstPaintTable } from './firstPaintBench';
import { forecastBench, forecastTargets } from './forecastBench';
import { hostileTable, hostileWorkspaceBench } from './hostileWorkspaceBench';
import { sizeBench } from './sizeBench';
import { ensureFreshBundle } from './serverSession';
import { resultsTable, stagesTable } from './table';
import { coldTargets, keystrokeTargets, memoryTargets, workspaceTargets } from './targets';
import { workspaceBench } from './workspaceBench';

const QUICK = process.argv.includes('--quick');
const RENDER = process.argv.includes('--render');

const PLAN = {
  core: QUICK ? [{ n: 1_000, runs: 1 }, { n: 10_000, runs: 1 }] : [{ n: 100, runs: 3 }, { n: 1_000, runs: 3 }, { n: 10_000, runs: 3 }],
  stageRuns: 1,
  /** Counted rounds of every edit kind, after one warm-up round. */
  ours: [{ n: 1_000, rounds: QUICK ? 2 : 7 }, { n: 10_000, rounds: QUICK ? 1 : 5 }],
  /** The peer takes seconds per edit at 10,000: effort and title edits, on the column generator. */
  peer: QUICK ? [{ n: 1_000, rounds: 1 }] : [{ n: 1_000, rounds: 3 }, { n: 10_000, rounds: 1 }],
  workspace: { packs: QUICK ? 100 : 500, initiatives: 100 },
};

const TARGETS = { keystroke: { 1_000: 15, 10_000: 60 }, peakMb: 300, coldRatio: 1.0, workspaceMs: 5_000 };

const load = () => loadavg().map((value) => value.toFixed(1)).join(' / ');

async function main(): Promise<void> {
  const started = performance.now();
  ensureFreshBundle();
  console.log(`# Roadmap Packs bench${QUICK ? ' (--quick)' : ''}: Node ${process.version}; load average at start ${load()} (1 / 5 / 15 min)\n`);

  const core = coreBench(PLAN.core, PLAN.stageRuns);
  console.log('## Cold check (medians of fresh processes)\n');
  console.log(resultsTable(core.rows));
  console.log(`\n### Stages of the cold check at ${PLAN.core[PLAN.core.length - 1].n.toLocaleString('en-US')} initiatives (median of ${PLAN.stageRuns}; slowest rules indented)\n`);
  console.log(stagesTable(core.stages));

  const runs: KeystrokeRun[] = [];
  for (const { n, rounds } of PLAN.ours) {
    for (const generator of GENERATORS) {
      runs.push(await keystrokeRun({ server: 'ours', generator, n, kinds: EDIT_KINDS, rounds, warmup: true }));
      console.error(`  keystrokes ours ${generator.name} ${n} done (load ${load()})`);
    }
  }
  for (const { n, rounds } of PLAN.peer) {
    // No warm-up round at 10,000: one peer edit there takes seconds, and its 200 ms delay dwarfs JIT warm-up.
    const peer = await keystrokeRun({ server: 'peer', generator: generatorNamed('columns'), n, kinds: ['effort', 'title'], rounds, warmup: n < 10_000 }).catch((error: Error) => error);
    if (peer instanceof Error) console.error(`  peer at ${n} failed: ${peer.message}`);
    else runs.push(peer);
    console.error(`  keystrokes peer ${n} done (load ${load()})`);
  }
  console.log('\n## Keystroke → diagnostics: median ms per edit kind (slowest edit in brackets)\n');
  console.log(keystrokeTable(runs));
  console.log('\nOurs: no debounce (the editor adds `roadmapPacks.debounce`, 150 ms by default). Peer: includes its fixed 200 ms validation delay.');

  const workspace = await workspaceBench(PLAN.workspace.packs, PLAN.workspace.initiatives);
  console.error(`  workspace done (load ${load()})`);

  console.log(`\n## Targets (load average now ${load()})\n`);
  console.log('### Keystroke → diagnostics, work only (no debounce)\n');
  console.log(keystrokeTargets(runs, TARGETS.keystroke));
  console.log(`\n### Workspace start (${(workspace.bytes / 1024 / 1024).toFixed(1)} MiB of packs, one of them open)\n`);
  console.log(workspaceTargets(workspace, TARGETS.workspaceMs));
  console.log('\n### Memory\n');
  console.log(memoryTargets(runs, 10_000, TARGETS.peakMb));
  console.log('\n### Cold check\n');
  console.log(coldTargets(core, 10_000, TARGETS.coldRatio));
  console.log(`\n### Forecast (median of ${QUICK ? 1 : 3} after a warm-up, per generator)\n`);
  console.log(forecastTargets(forecastBench(QUICK ? 1 : 3)));
  console.log('\n### Levelling\n');
  console.log(levelBench());
  console.log('\n### Report\n');
  console.log(reportBench());
  console.log('\n### Portfolio\n');
  console.log(portfolioBench());
  console.log(`\n## Worst cases by size (load average now ${load()})\n`);
  console.log(await sizeBench());
  if (!QUICK) console.log(`\n## A workspace of test corpora, not excluded (load average now ${load()})\n\n${hostileTable(await hostileWorkspaceBench())}`);

  if (RENDER && existsSync('/usr/bin/chromium')) {
    console.log(`\n## Preview: Mermaid render in Chromium\n\n${await renderBench()}`);
    const paint = await firstPaintBench().catch((error: Error) => error);
    console.log(`\n## Preview: first paint in code-server\n\n${paint instanceof Error ? `skipped: ${paint.message}` : firstPaintTable(paint)}`);
  }
  else if (RENDER) console.log('\nPreview render bench skipped: /usr/bin/chromium is not installed (apt-get install chromium).');
  console.log(`\nBench took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

void main();
