// Debian's Chromium driven by playwright-core (no browser download): the flags
// that keep it from reaching for the network this machine does not have.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAUNCH_TIMEOUT_MS = 60_000;

/** @returns {Promise<{ context: import('playwright-core').BrowserContext, close: () => Promise<void> }>} */
export async function launchChromium({ viewport = { width: 1440, height: 900 } } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'roadmap-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    timeout: LAUNCH_TIMEOUT_MS,
    viewport,
    deviceScaleFactor: 1,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  const close = async () => {
    await Promise.race([context.close().catch(() => {}), new Promise((done) => setTimeout(done, 10_000))]);
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}
