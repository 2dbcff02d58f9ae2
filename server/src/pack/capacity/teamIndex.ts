import type { PackModel, Team } from '../model/types';

/** Resolves an owner as written (team id or name, any case) to its team. */
export class TeamIndex {
  private readonly byKey = new Map<string, Team>();

  constructor(readonly teams: readonly Team[]) {
    for (const team of teams) {
      for (const key of [team.id, team.name]) {
        const lower = key.toLowerCase();
        if (key && !this.byKey.has(lower)) this.byKey.set(lower, team);
      }
    }
  }

  static of(model: PackModel): TeamIndex {
    return new TeamIndex(model.teams);
  }

  find(owner: string): Team | undefined {
    return this.byKey.get(owner.trim().toLowerCase());
  }

  /** Every id and name, for "did you mean". */
  names(): string[] {
    return this.teams.flatMap((team) => (team.name && team.name !== team.id ? [team.id, team.name] : [team.id]));
  }
}
