import type { Team } from '../model/types';
import type { WeekIndex } from '../time';

/** What a team's capacity depends on. */
export type Staffing = Pick<Team, 'headcount' | 'bau'>;

/** Engineers on the team in a week: the latest step that has started (0 before the first). */
export function headcountAt(team: Staffing, week: WeekIndex, ifHired: boolean): number {
  let count = 0;
  for (const step of team.headcount) {
    if (step.from > week) break;
    if (step.confirmed || ifHired) count = step.count;
  }
  return count;
}

/** Engineer-weeks the team has for planned work in one week. */
export function weeklyCapacity(team: Staffing, week: WeekIndex, ifHired: boolean): number {
  return headcountAt(team, week, ifHired) * (1 - team.bau);
}

/** Unconfirmed hires the figures leave out, for messages ("not counting…"). */
export function unconfirmedSteps(team: Team) {
  return team.headcount.filter((step) => !step.confirmed);
}
