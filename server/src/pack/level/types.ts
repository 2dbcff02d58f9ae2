import type { WeekSpan } from '../time';

/** One initiative moved later, as long as it was. */
export interface LevelMove {
  id: string;
  from: WeekSpan;
  to: WeekSpan;
  /** How many weeks later it starts. */
  weeks: number;
  /** Why it cannot stay: what it waits for, or whose weeks have no room. */
  why: string;
}

/** Movable work with no place inside the horizon: it stays where it is, reported. */
export interface Unplaced {
  id: string;
  span: WeekSpan;
  why: string;
}

/** A team's highest weekly utilisation (load ÷ capacity; Infinity for work in a week with no capacity). */
export interface LevelPeak {
  id: string;
  name: string;
  before: number;
  after: number;
}

export interface LevelPlan {
  moves: LevelMove[];
  unplaced: Unplaced[];
  peaks: LevelPeak[];
}
