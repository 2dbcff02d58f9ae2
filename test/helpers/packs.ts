/** Pack texts for tests that need a pack in a temporary folder. */

/** A small pack with no errors; `extra` is appended to its one initiative. */
export function smallPack(title: string, extra = ''): string {
  return [
    'pack: 1',
    `title: ${title}`,
    'horizon: 2026-Q3..2026-Q4',
    'format: quarterly',
    'teams:',
    '  - { id: core, name: Core Squad, engineers: 4 }',
    'capacity: { bau: 40%, estimate: high }',
    'initiatives:',
    '  - id: only',
    '    title: The only initiative',
    '    owner: core',
    '    when: 2026-Q3',
    '    effort: 2-3',
    extra,
  ].join('\n');
}

/**
 * One confirmed engineer and three unconfirmed hires: 12 engineer-weeks in
 * 2026-Q3 is over capacity (RP501) unless the hires count (`--if-hired`).
 */
export function hiresPack(): string {
  return [
    'pack: 1',
    'title: Waiting for hires',
    'horizon: 2026-Q3..2026-Q4',
    'format: quarterly',
    'teams:',
    '  - id: core',
    '    name: Core Squad',
    '    engineers: [ { from: 2026-Q3, count: 1 }, { from: 2026-Q3, count: 3, confirmed: false } ]',
    'capacity: { bau: 40%, estimate: high }',
    'initiatives:',
    '  - id: only',
    '    title: The only initiative',
    '    owner: core',
    '    when: 2026-Q3',
    '    effort: 10-12',
    '',
  ].join('\n');
}
