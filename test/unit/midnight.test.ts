import { strict as assert } from 'node:assert';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import { MAX_WAIT_MS, MidnightTimer, TimerClock, msToNextLocalMidnight, nextWait } from '../../server/src/lsp/midnight';
import type { Settings } from '../../server/src/lsp/settings';
import { SettingsLifecycle } from '../../server/src/lsp/settingsLifecycle';
import { inZone } from '../helpers/timeZone';

const HOUR = 60 * 60 * 1000;

/** A clock whose time the test moves, and whose timers fire only when the test says. */
class FakeClock implements TimerClock {
  pending: { run: () => void; ms: number; unrefed: boolean; cleared: boolean }[] = [];
  constructor(public time: Date) {}
  now = () => this.time;
  setTimeout = (run: () => void, ms: number) => {
    const timer = { run, ms, unrefed: false, cleared: false, unref: () => (timer.unrefed = true) };
    this.pending.push(timer);
    return timer;
  };
  clearTimeout = (timer: object) => void ((timer as { cleared: boolean }).cleared = true);
  /** Moves the clock to the latest timer's end and runs it. */
  fire(): void {
    const timer = this.pending.at(-1)!;
    this.time = new Date(this.time.getTime() + timer.ms);
    timer.run();
  }
}

describe('midnight timer', () => {
  it('waits until the next local midnight, in the machine’s time zone', () => {
    assert.equal(msToNextLocalMidnight(new Date(2026, 11, 2, 23, 59, 30)), 30_000);
    assert.equal(msToNextLocalMidnight(new Date(2026, 11, 2, 0, 0, 0)), 24 * HOUR);
    // 23:00 UTC is already 08:00 the next day in Tokyo: 16 hours to its midnight, not 1.
    assert.equal(inZone('Asia/Tokyo', () => msToNextLocalMidnight(new Date(Date.UTC(2026, 11, 2, 23, 0, 0)))), 16 * HOUR);
  });

  it('counts a daylight-saving day as it is long: 23 hours in spring, 25 in autumn', () => {
    inZone('Europe/Paris', () => {
      assert.equal(msToNextLocalMidnight(new Date(2026, 2, 29, 0, 0, 0)), 23 * HOUR);
      assert.equal(msToNextLocalMidnight(new Date(2026, 9, 25, 0, 0, 0)), 25 * HOUR);
    });
  });

  it('wakes a second past midnight, and at least hourly (timers do not count a machine’s sleep)', () => {
    assert.equal(nextWait(new Date(2026, 11, 2, 23, 59, 30)), 31_000);
    assert.equal(nextWait(new Date(2026, 11, 2, 9, 0, 0)), MAX_WAIT_MS);
  });

  it('re-arms after each tick, unrefs its timer and stops on dispose', () => {
    const clock = new FakeClock(new Date(2026, 11, 2, 23, 30, 0));
    let ticks = 0;
    const timer = new MidnightTimer(() => ticks++, clock);
    timer.start();
    assert.equal(clock.pending.length, 1);
    assert.equal(clock.pending[0].ms, 30 * 60_000 + 1_000);
    assert.ok(clock.pending[0].unrefed);
    clock.fire();
    assert.equal(ticks, 1);
    assert.equal(clock.pending.length, 2, 're-armed for the next midnight');
    assert.equal(clock.pending[1].ms, MAX_WAIT_MS);
    timer.dispose();
    assert.ok(clock.pending[1].cleared);
    clock.pending[1].run();
    assert.equal(ticks, 1, 'no tick after dispose');
    timer.start();
    assert.equal(clock.pending.length, 2, 'a disposed timer does not start again');
  });
});

describe('SettingsLifecycle and the date', () => {
  function lifecycle(pulled: unknown, today: () => string) {
    const applied: Settings[] = [];
    const warnings: string[] = [];
    const connection = {
      client: { register: async () => undefined },
      workspace: { getConfiguration: async () => pulled },
      console: { warn: (message: string) => warnings.push(message) },
    } as unknown as Connection;
    return { settings: new SettingsLifecycle(connection, (s) => applied.push(s), today), applied, warnings };
  }
  const params = { capabilities: { workspace: { configuration: true } }, initializationOptions: {} } as unknown as InitializeParams;

  it('checks as of the local date, and again only when newDay finds another one', async () => {
    let day = '2026-12-02';
    const { settings, applied } = lifecycle({}, () => day);
    settings.initialize(params);
    await settings.initialized();
    assert.deepEqual(applied.map((s) => s.today), ['2026-12-02', '2026-12-02']);
    settings.newDay();
    assert.equal(applied.length, 2, 'same date: nothing re-checked');
    day = '2026-12-03';
    settings.newDay();
    assert.deepEqual(applied.map((s) => s.today), ['2026-12-02', '2026-12-02', '2026-12-03']);
  });

  it('keeps a pinned roadmapPacks.today across midnight', async () => {
    let day = '2026-12-02';
    const { settings, applied } = lifecycle({ today: '2027-03-01' }, () => day);
    settings.initialize(params);
    await settings.initialized();
    day = '2026-12-03';
    settings.newDay();
    assert.deepEqual(applied.map((s) => s.today), ['2026-12-02', '2027-03-01']);
  });

  it('reports an invalid roadmapPacks.today in the output channel and uses the real date', async () => {
    const { settings, applied, warnings } = lifecycle({ today: '2026-02-30' }, () => '2026-12-02');
    settings.initialize(params);
    await settings.initialized();
    assert.equal(applied.at(-1)!.today, '2026-12-02');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /roadmapPacks\.today: "2026-02-30" is not a date written YYYY-MM-DD/);
  });
});
