// Headless Debian Chromium driven by playwright-core, with a throw-away profile outside $HOME.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Launches Chromium with a fresh profile; `close()` also deletes the profile. */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'incident-records-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    // keep Chromium's crashpad/dconf/fontconfig files out of the real $HOME
    env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile },
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  // Ctrl+C / SIGTERM (e.g. from test/run-all.mjs): close the browser and remove its profile, then leave
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void close().finally(() => process.exit(130)));
  return { context, page, close };
}

/** The workbench URL for a folder, optionally with a development extension (and a test runner) in the payload. */
export function workbenchUrl(base, folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
  const authority = new URL(base).host;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(path.resolve(extensionDevelopmentPath))]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(path.resolve(extensionTestsPath))]);
  let url = `${base}/?folder=${encodeURIComponent(folder)}`;
  if (payload.length > 0) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}
