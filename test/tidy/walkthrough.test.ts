/**
 * The walkthrough's completion events in package.json. VS Code counts an
 * `onContext` event that already holds when its walkthrough service starts
 * as seen and never ticks its step that session; the service starts with the
 * Welcome page, after the extension may have set its keys. So each event
 * also waits for the Welcome page to be the active editor (see `markDone` in
 * client/src/walkthrough.ts); e2e (test/e2e) shows steps done earlier ticked.
 * This holds every step, a new one too, to that form, with a key the
 * extension sets.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { repoPath } from '../helpers/repoRoot';

interface Step {
  id: string;
  completionEvents?: string[];
}

const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { contributes: { walkthroughs: { steps: Step[] }[] } };
const steps = manifest.contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps);
const SET_BY_THE_EXTENSION = new Set([...readFileSync(repoPath('client', 'src', 'walkthrough.ts'), 'utf8').matchAll(/'(roadmapPacks\.walkthrough\.\w+)'/g)].map((match) => match[1]));

describe('tidy: the walkthrough\'s completion events', () => {
  it('waits in every onContext event for the Welcome page, on a key the extension sets', () => {
    const events = steps.flatMap((step) => (step.completionEvents ?? []).filter((event) => event.startsWith('onContext:')).map((event) => ({ step: step.id, event })));
    assert.ok(events.length >= 5);
    for (const { step, event } of events) {
      const [, key] = /^onContext:(\S+) && activeEditor == gettingStartedPage$/.exec(event) ?? [];
      assert.ok(key, `${step}: ${event}`);
      assert.ok(SET_BY_THE_EXTENSION.has(key), `${step}: ${key} is not one of ${[...SET_BY_THE_EXTENSION].join(', ')}`);
    }
  });
});
