/**
 * The local date changes at local midnight, and with it what RP404 and the
 * Today lines say. The server has no event for that, so it keeps a timer.
 */

/** What the timer reads of the world, so tests can run it on a clock of their own. */
export interface TimerClock {
  now(): Date;
  setTimeout(run: () => void, ms: number): { unref?(): unknown };
  clearTimeout(timer: { unref?(): unknown }): void;
}

const SYSTEM_CLOCK: TimerClock = {
  now: () => new Date(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/** Past midnight by a second, so a timer that fires a little early does not find yesterday. */
const MARGIN_MS = 1_000;
/**
 * Timers count time the process runs, not the wall clock: a laptop asleep at
 * midnight, or a clock set by hand, would otherwise leave yesterday's date for
 * hours. Waking at least hourly bounds that; the callback compares dates, so
 * an hourly wake with the same date costs nothing.
 */
export const MAX_WAIT_MS = 60 * 60 * 1_000;

/**
 * Milliseconds from `now` to the next local midnight. Built from the local
 * date, not by adding 24 hours: a day with a daylight-saving change is 23 or
 * 25 hours long, and midnight is where the calendar says.
 */
export function msToNextLocalMidnight(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return next.getTime() - now.getTime();
}

/** How long the timer waits from `now`: to just past the next local midnight, at most MAX_WAIT_MS. */
export function nextWait(now: Date): number {
  return Math.min(msToNextLocalMidnight(now) + MARGIN_MS, MAX_WAIT_MS);
}

/**
 * Calls `onTick` just after each local midnight (and at least hourly, see
 * MAX_WAIT_MS); the callback decides whether the date really changed. The
 * timer is unref'd, so it never keeps the process alive, and `dispose`
 * (on shutdown) stops it.
 */
export class MidnightTimer {
  private timer: { unref?(): unknown } | undefined;
  private stopped = false;

  constructor(
    private readonly onTick: () => void,
    private readonly clock: TimerClock = SYSTEM_CLOCK,
  ) {}

  start(): void {
    if (this.timer === undefined && !this.stopped) this.arm();
  }

  dispose(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    this.timer = this.clock.setTimeout(() => this.tick(), nextWait(this.clock.now()));
    this.timer.unref?.();
  }

  private tick(): void {
    if (this.stopped) return;
    this.arm();
    this.onTick();
  }
}
