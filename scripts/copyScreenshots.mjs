// `npm run screenshots` (after the e2e run): copies the current screenshots
// the README shows from test-output/screenshots/e2e to media/screenshots.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './codeServer.mjs';

const FROM = join(root, 'test-output', 'screenshots', 'e2e');
const TO = join(root, 'media', 'screenshots');
export const README_SCREENSHOTS = ['editor-diagnostics.png', 'problems.png', 'preview-gantt.png', 'click-to-source.png', 'preview-gates.png', 'preview-deps.png', 'preview-capacity.png', 'preview-board.png', 'preview-metrics.png', 'markdown-preview.png', 'report.png'];

mkdirSync(TO, { recursive: true });
for (const name of README_SCREENSHOTS) {
  const source = join(FROM, name);
  if (!existsSync(source)) throw new Error(`${source} is missing: run \`npm run test:e2e\` first`);
  copyFileSync(source, join(TO, name));
  console.log(`screenshots: media/screenshots/${name} (${Math.round(statSync(source).size / 1024)} KiB)`);
}
