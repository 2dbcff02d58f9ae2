/**
 * The visual standard (visual.test.ts) for the gates view of a large pack:
 * 3,000 initiatives, 150 gates, drawn one card per quarter, and one quarter
 * drilled into. The example packs have six gates, below the aggregation.
 */
import { generatePack } from '../../bench/generatePack';
import { gatesView } from '../../server/src/pack/views/gates';
import { checkPack } from '../../server/src/pack';
import { useChromium } from './harness';
import { largePackStandard } from './largePackStandard';

const TEXT = generatePack(3_000);
const FIRST_QUARTER = Object.values(gatesView(checkPack(TEXT)).sourceMap)[0].slice('group:'.length);

describe('visual standard: gates of a 3,000-initiative pack', function () {
  this.timeout(120_000);
  const chromium = useChromium('the large-pack gates visual standard');
  largePackStandard(chromium, 'gates', TEXT, [
    { name: 'aggregated by quarter', focus: undefined },
    { name: `drilled into ${FIRST_QUARTER}`, focus: FIRST_QUARTER },
  ]);
});
