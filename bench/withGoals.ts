/** A generated pack with goals: the generators write none, and the goals view and its tests need them. */

const GOALS = 20;

/** The pack with GOALS goals, each initiative serving one of them in turn (YAML takes top-level keys in any order). */
export function withGoals(text: string): string {
  let next = 0;
  const served = text.replace(/^( {2}when: .*)$/gm, (line) => `${line}\n  serves: [G${(next++ % GOALS) + 1}]`);
  const goals = Array.from({ length: GOALS }, (_, g) => `  - { id: G${g + 1}, title: Synthetic goal ${g + 1}, kind: technical, by: ${g % 2 === 0 ? '2026-Q4' : '2027-Q2'} }`);
  return `${served.trimEnd()}\ngoals:\n${goals.join('\n')}\n`;
}
