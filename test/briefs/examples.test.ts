import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { briefHeader, checkBrief, checkPack, ownerPackFor } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';

const EXAMPLE = repoPath('examples', 'platform-reliability');
const PACK_FILE = 'platform-reliability.roadmap.yaml';
const briefs = readdirSync(join(EXAMPLE, 'briefs')).filter((file) => file.endsWith('.md')).sort();

describe('briefs: the example briefs', () => {
  const pack = checkPack(readFileSync(join(EXAMPLE, PACK_FILE), 'utf8'));
  const packIds = pack.model.initiatives.map((initiative) => initiative.id);

  it('are the five briefs of the seed', () => {
    assert.deepEqual(briefs, ['autoscaling.md', 'db-scaling-1.md', 'deploy-safety.md', 'slo-framework.md', 'tracing.md']);
  });

  for (const file of briefs) {
    describe(file, () => {
      const text = readFileSync(join(EXAMPLE, 'briefs', file), 'utf8');

      it('belongs to the example pack, found from its folder', () => {
        const header = briefHeader(text)!;
        assert.equal(header.initiative, file.replace(/\.md$/, ''));
        const owner = ownerPackFor(`examples/platform-reliability/briefs/${file}`, header.initiative!, header.pack, [{ path: `examples/platform-reliability/${PACK_FILE}`, ids: new Set(packIds) }]);
        assert.equal(owner, `examples/platform-reliability/${PACK_FILE}`);
      });

      it('checks with no error and no warning', () => {
        const { brief, diagnostics } = checkBrief(text, { pack, packIds, packUri: 'file:///pack' });
        assert.deepEqual(diagnostics.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`), []);
        assert.equal(brief.sections.length, 8);
        assert.ok(brief.milestones.length >= 3 && brief.metrics.length >= 3);
      });
    });
  }

  it('keeps three RP704 findings in db-scaling-1.md, silenced by its comments', () => {
    const text = readFileSync(join(EXAMPLE, 'briefs', 'db-scaling-1.md'), 'utf8').replace(/<!-- roadmap-disable-next-line RP704 -->/g, '<!-- -->');
    const lines = checkBrief(text, { pack }).diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`);
    assert.deepEqual(lines, ['RP704 46:2', 'RP704 49:2', 'RP704 52:2']);
  });
});
