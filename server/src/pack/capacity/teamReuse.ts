import { Reuse } from '../cache/reuse';

/**
 * An analysis made team by team, each team's result reused while that team's
 * inputs are the same (cache/reuse.ts): an edit of one initiative's effort
 * analyses again only the teams it loads.
 */
export class TeamReuse<I, T> {
  private readonly byPosition: Reuse<I, T>[] = [];

  get(inputs: readonly I[], analyse: (inputs: I) => T): T[] {
    // Positions past the last team are dropped with what they held.
    this.byPosition.length = Math.min(this.byPosition.length, inputs.length);
    return inputs.map((one, position) => (this.byPosition[position] ??= new Reuse()).get(one, analyse));
  }
}
