import { strict as assert } from 'node:assert';
import { boardView } from '../../server/src/pack/views';
import { NOW_NEXT_LATER, SEED, load, pack } from './packs';
import { checkDiagram, shownText } from './shape';

describe('views: now / next / later board', () => {
  it('draws platform-2025 as four columns of three cards, in order, with owners and status', () => {
    const view = boardView(load(NOW_NEXT_LATER));
    const shape = checkDiagram(view.text, 'flowchart');
    assert.deepEqual(shape.of('subgraph').map((s) => s.label), ['Now', 'Next', 'Later', 'Future']);
    const cards = shape.of('node').map((n) => shownText(n.label!));
    assert.deepEqual(cards.slice(0, 3), ['Kafka deployment<br/>Platform, in progress', 'API Gateway<br/>Platform', 'OpenTelemetry<br/>SRE, done']);
    assert.equal(cards.length, 12);
    assert.deepEqual(shape.of('invisible').at(-1)!.data, ['c1', 'c2', 'c3', 'c4']);
    assert.deepEqual(shape.of('class').map((c) => [c.label, c.data!.map((id) => view.sourceMap[id])]), [
      ['done', ['opentelemetry']],
      ['active', ['kafka-deployment']],
      ['exploring', ['ml-platform', 'realtime-analytics', 'edge-computing']],
    ]);
    assert.deepEqual(view.warnings, []);
  });

  it('keeps empty columns visible and puts initiatives without a horizon last', () => {
    const view = boardView(pack(`format: now-next-later\ninitiatives:\n  - { id: a, title: A, horizon: later }\n  - { id: b, title: B }\n  - { id: c, title: Cut, status: cut, horizon: now }`));
    const shape = checkDiagram(view.text, 'flowchart');
    assert.deepEqual(shape.of('subgraph').map((s) => s.label), ['Now', 'Next', 'Later', 'Not placed']);
    assert.equal(shape.of('node').filter((n) => n.label === 'nothing here yet').length, 2);
    assert.deepEqual(view.warnings, ['1 initiative without a `horizon` shown as not placed: b.']);
  });

  it('warns that a quarterly pack has no horizons', () => {
    const view = boardView(load(SEED));
    checkDiagram(view.text, 'flowchart');
    assert.match(view.warnings[0], /now-next-later packs/);
  });
});
