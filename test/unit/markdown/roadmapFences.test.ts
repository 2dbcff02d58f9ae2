/**
 * The Markdown preview's plugin with a real markdown-it (the one in
 * node_modules, as VS Code's Markdown extension passes its own): view
 * choice, escaping of hostile labels, and the roadmap-view fence's path,
 * cache, miss and change. The expected Mermaid text is the core's own
 * renderView of the same pack, so the plugin must carry it unchanged.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPack } from '../../../server/src/pack/checkPack';
import { renderView } from '../../../server/src/pack/views';
import { VIEWS, ViewName } from '../../../server/src/pack/views/names';
import { FenceHost, MarkdownIt, roadmapFences } from '../../../client/src/markdown/roadmapFences';
import { PackTexts } from '../../../client/src/markdown/packTexts';
import { repoPath } from '../../helpers/repoRoot';

// markdown-it has no types here (it comes in as a dependency of vsce); the plugin types the part it uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const markdownIt = require('markdown-it') as (options?: object) => MarkdownIt & { render(text: string, env?: object): string };

const EXAMPLE = repoPath('examples/platform-reliability/platform-reliability.roadmap.yaml');
const HOSTILE = repoPath('test/fixtures/hostile/labels.roadmap.yaml');
const TODAY = 20_600;

function fence(info: string, body: string): string {
  const marker = '`'.repeat(Math.max(3, ...(body.match(/`+/g) ?? []).map((run) => run.length + 1)));
  return `# Plan\n\n${marker}${info}\n${body.endsWith('\n') ? body : `${body}\n`}${marker}\n`;
}

function renderer(host: Partial<FenceHost> = {}) {
  // html: true as VS Code's preview has it, so nothing relies on markdown-it refusing markup.
  const md = markdownIt({ html: true });
  return roadmapFences(md, { documentPath: () => undefined, readPack: () => ({ kind: 'loading' }), today: () => TODAY, ...host }) as ReturnType<typeof markdownIt>;
}

/** The Mermaid texts of the diagram elements, their entities decoded as the browser's textContent would. */
function diagramsIn(html: string, view: ViewName): string[] {
  const pattern = new RegExp(`<pre class="roadmap-diagram" data-view="${view}">([^<]*)</pre>`, 'g');
  return [...html.matchAll(pattern)].map((match) => decode(match[1]));
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The HTML with the plugin's own tags taken out: whatever markup is left came from the pack. */
function foreignMarkup(html: string): string[] {
  const ours = /<\/?(?:div|pre|p|h1)(?: class="[a-z- ]+")?(?: data-view="[a-z]+")?(?: data-line="\d+")?>/g;
  return html.replace(ours, '').match(/<[^>]*>?/g) ?? [];
}

describe('Markdown preview: roadmap fences', () => {
  const example = readFileSync(EXAMPLE, 'utf8');
  const expected = (text: string, view: ViewName) => renderView(checkPack(text), view, { today: TODAY });

  it('draws a ```roadmap fence as the gantt by default, with the core\'s Mermaid text', () => {
    const html = renderer().render(fence('roadmap', example));
    assert.deepEqual(diagramsIn(html, 'gantt'), expected(example, 'gantt').diagrams);
    assert.match(html, /^<h1>Plan<\/h1>/);
  });

  it('takes the view from the info string\'s second word, for every view that has diagrams', () => {
    for (const view of VIEWS) {
      const want = expected(example, view);
      const html = renderer().render(fence(`roadmap ${view}`, example));
      if (want.diagrams.length === 0) assert.match(html, /<pre class="roadmap-table">/, view);
      else assert.deepEqual(diagramsIn(html, view), want.diagrams, view);
    }
  });

  it('names the views in a one-line note for an unknown view, drawing nothing', () => {
    const html = renderer().render(fence('roadmap timeline', example));
    assert.equal(diagramsIn(html, 'gantt').length, 0);
    assert.match(html, /<p class="roadmap-note">Unknown view `timeline`: use one of gantt, gates, deps, capacity, board, metrics, goals, forecast\.<\/p>/);
  });

  it('leaves other fences to the rule before it', () => {
    const html = renderer().render(fence('yaml', 'a: <b>1</b>'));
    assert.equal(html, '<h1>Plan</h1>\n<pre><code class="language-yaml">a: &lt;b&gt;1&lt;/b&gt;\n</code></pre>\n');
  });

  it('lets no hostile label reach the HTML as markup, in every view, and carries the diagram text exactly', () => {
    const hostile = readFileSync(HOSTILE, 'utf8');
    for (const view of VIEWS) {
      const html = renderer().render(fence(`roadmap ${view}`, hostile));
      assert.deepEqual(foreignMarkup(html), [], view);
      const want = expected(hostile, view);
      if (want.diagrams.length > 0) assert.deepEqual(diagramsIn(html, view), want.diagrams, view);
    }
  });

  it('shows a pack with errors as what is valid, with the warning as a note', () => {
    const html = renderer().render(fence('roadmap', 'pack: 1\ntitle: [broken\n'));
    assert.match(html, /<p class="roadmap-note">The pack has \d+ errors?; the view draws what is valid\.<\/p>/);
  });

  describe('```roadmap-view', () => {
    let folder: string;
    beforeEach(() => {
      folder = mkdtempSync(join(tmpdir(), 'rp-mdview-'));
      writeFileSync(join(folder, 'plan.roadmap.yaml'), example);
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    function cached(onChanged: () => void = () => undefined) {
      const watched = new Map<string, () => void>();
      const packs = new PackTexts({ read: (path) => readFile(path, 'utf8'), watch: (path, changed) => (watched.set(path, changed), { dispose: () => watched.delete(path) }) }, onChanged);
      const md = renderer({ documentPath: (env) => (env as { path?: string }).path, readPack: (path) => packs.get(path) });
      return { packs, md, watched };
    }

    it('resolves the pack against the Markdown file, notes the read, then draws the view once it arrives', async () => {
      let refreshes = 0;
      const { packs, md, watched } = cached(() => refreshes++);
      const source = fence('roadmap-view', 'pack: ../plan.roadmap.yaml\nview: capacity');
      const env = { path: join(folder, 'docs', 'README.md') };
      assert.match(md.render(source, env), /<p class="roadmap-note">Loading \.\.\/plan\.roadmap\.yaml…<\/p>/);
      await packs.settled();
      assert.equal(refreshes, 1);
      assert.deepEqual([...watched.keys()], [join(folder, 'plan.roadmap.yaml')]);
      assert.deepEqual(diagramsIn(md.render(source, env), 'capacity'), expected(example, 'capacity').diagrams);
    });

    it('draws the changed pack after its watcher fires', async () => {
      const { packs, md, watched } = cached();
      const source = fence('roadmap-view', 'pack: "plan.roadmap.yaml"');
      const env = { path: join(folder, 'README.md') };
      md.render(source, env);
      await packs.settled();
      const changed = example.replace(/^title: .*$/m, 'title: Changed plan');
      writeFileSync(join(folder, 'plan.roadmap.yaml'), changed);
      watched.get(join(folder, 'plan.roadmap.yaml'))!();
      await packs.settled();
      const drawn = diagramsIn(md.render(source, env), 'gantt');
      assert.deepEqual(drawn, expected(changed, 'gantt').diagrams);
      assert.notDeepEqual(drawn, expected(example, 'gantt').diagrams);
    });

    it('says in one line that a pack file is missing, or that the block names no pack or a bad view', async () => {
      const { packs, md } = cached();
      const env = { path: join(folder, 'README.md') };
      md.render(fence('roadmap-view', 'pack: nowhere.roadmap.yaml'), env);
      await packs.settled();
      assert.match(md.render(fence('roadmap-view', 'pack: nowhere.roadmap.yaml'), env), /<p class="roadmap-note">nowhere\.roadmap\.yaml: file not found<\/p>/);
      assert.match(md.render(fence('roadmap-view', 'view: gantt'), env), /<p class="roadmap-note">A roadmap-view block needs a `pack:` line/);
      assert.match(md.render(fence('roadmap-view', 'pack: plan.roadmap.yaml\nview: <img src=x>'), env), /<p class="roadmap-note">Unknown view `&lt;img src=x&gt;`: use one of/);
    });

    it('asks for a saved file when markdown-it gives no document', () => {
      const { md } = cached();
      assert.match(md.render(fence('roadmap-view', 'pack: plan.roadmap.yaml'), {}), /needs a saved Markdown file/);
    });
  });
});
