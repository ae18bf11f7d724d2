// What a person sees in the real workbench, checked with Playwright:
//   1. the fixture incident record opens and shows squiggles,
//   2. the Problems panel (Ctrl+Shift+M) lists its findings with our rule ids and messages,
//   3. Ctrl+. on a squiggled line opens the quick-fix menu with our fixes,
//   4. Enter applies the first one and the editor text changes,
//   5. the "Incident Records" activity-bar container shows the Records tree with record rows.
// Screenshots go to test-results/ (gitignored); with INCIDENT_RECORDS_UPDATE_SCREENSHOTS=1 the good ones are
// also copied to docs/images/ (problems-and-quick-fix.png, quick-fix-menu.png, tree-view.png).
//
// Modes:
//   browser (default)  CS_URL=http://127.0.0.1:PORT of a running code-server, WS=<workspace copy>;
//                      the extension is loaded as a development extension through the URL payload.
//   electron           UI_MODE=electron: desktop VS Code (VSCODE_EXECUTABLE_PATH, else downloaded by
//                      @vscode/test-electron, VSCODE_VERSION or stable) driven with Playwright's _electron;
//                      WS defaults to a fresh copy of test/fixtures/workspace.
// Prints `N passed, N failed` last; exit code 1 when any check failed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const resultsDir = path.join(repoRoot, 'test-results');
const imagesDir = path.join(repoRoot, 'docs/images');
const updateImages = process.env.INCIDENT_RECORDS_UPDATE_SCREENSHOTS === '1';
const RECORD_FOLDER = 'incidents';
const RECORD_FILE = 'INC-2026-101-missing-evidence.md';
const RECORD_TITLE = 'Unreviewed admin role granted to a contractor';
const TIMEOUT = Number(process.env.UI_TIMEOUT_MS || 30000);
fs.mkdirSync(resultsDir, { recursive: true });

const t0 = Date.now();
const log = (...a) => console.log(`[ui ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const results = [];
async function check(name, fn) {
  try {
    const detail = await fn();
    results.push({ name, ok: true });
    log(`PASS ${name}${detail ? ` — ${detail}` : ''}`);
    return true;
  } catch (error) {
    results.push({ name, ok: false });
    log(`FAIL ${name} — ${String(error?.message ?? error).split('\n')[0]}`);
    await shot(`failure-${name.replace(/\W+/g, '-').toLowerCase()}`).catch(() => {});
    return false;
  }
}

let page;
let cleanup = async () => {};
const shot = async (name, options = {}) => {
  const file = path.join(resultsDir, `ui-${name}.png`);
  await page.screenshot({ path: file, ...options });
  log('screenshot', path.relative(repoRoot, file));
  return file;
};
const keep = (file, name) => {
  if (!updateImages) return;
  fs.mkdirSync(imagesDir, { recursive: true });
  fs.copyFileSync(file, path.join(imagesDir, name));
  log('kept', path.relative(repoRoot, path.join(imagesDir, name)));
};

async function openBrowser() {
  const { launchBrowser, workbenchUrl } = await import('../harness/browser.mjs');
  const base = process.env.CS_URL || 'http://127.0.0.1:8080';
  const folder = process.env.WS;
  if (!folder) throw new Error('set WS to the workspace folder code-server should open');
  const browser = await launchBrowser({ viewport: { width: 1440, height: 900 } });
  page = browser.page;
  cleanup = browser.close;
  const url = workbenchUrl(base, folder, { extensionDevelopmentPath: repoRoot });
  log('open', url);
  await page.goto(url);
}

async function openElectron() {
  const { _electron } = await import('playwright-core');
  let executablePath = process.env.VSCODE_EXECUTABLE_PATH;
  if (!executablePath) {
    const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
    executablePath = await downloadAndUnzipVSCode(process.env.VSCODE_VERSION || 'stable');
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'incident-records-ui-'));
  let ws = process.env.WS;
  if (!ws) {
    ws = path.join(scratch, 'workspace');
    fs.cpSync(path.join(repoRoot, 'test/fixtures/workspace'), ws, { recursive: true });
  }
  const userData = path.join(scratch, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.ignoreRecommendations': true, 'files.hotExit': 'off',
  }));
  const app = await _electron.launch({
    executablePath,
    args: [ws, `--extensionDevelopmentPath=${repoRoot}`, `--user-data-dir=${userData}`, `--extensions-dir=${path.join(scratch, 'extensions')}`,
      '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--disable-gpu', '--no-sandbox', '--new-window'],
    env: { ...process.env, HOME: scratch, XDG_CONFIG_HOME: scratch, XDG_CACHE_HOME: scratch },
  });
  page = await app.firstWindow();
  await page.setViewportSize({ width: 1440, height: 900 }).catch(() => {});
  cleanup = async () => {
    await app.close().catch(() => {});
    fs.rmSync(scratch, { recursive: true, force: true });
  };
}

/** The visible text of the active editor (Monaco renders non-breaking spaces). */
async function editorText() {
  const lines = await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText();
  return lines.replace(/\u00a0/g, ' ');
}

/** Puts the cursor at the start of a 1-based line with Go to Line (Ctrl+G). */
async function goToLine(line) {
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 200, y: 5 } });
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** Drags the sash between the side bar and the editor so the side bar is `width` pixels wide. */
async function widenSideBar(width) {
  const bar = await page.locator('.part.sidebar').first().boundingBox();
  if (!bar) return;
  const edge = bar.x + bar.width;
  for (const sash of await page.locator('.monaco-sash.vertical').all()) {
    const box = await sash.boundingBox();
    if (!box || Math.abs(box.x + box.width / 2 - edge) > 4 || box.height < bar.height / 2) continue;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(bar.x + width, y, { steps: 8 });
    await page.mouse.up();
    return;
  }
}

async function openQuickFixMenu() {
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await menu.first().waitFor({ state: 'visible', timeout: TIMEOUT });
  const rows = menu.locator('.monaco-list-row.action');
  await rows.first().waitFor({ state: 'visible', timeout: TIMEOUT });
  return { menu, titles: (await rows.allInnerTexts()).map((t) => t.trim().replace(/\s+/g, ' ')) };
}

const QUICK_FIX_TITLE = /Add (the )?`?(severity|approved_by)|Insert section "Lessons learned"/;

try {
  if (process.env.UI_MODE === 'electron') await openElectron();
  else await openBrowser();
  page.on('pageerror', (e) => log('pageerror', e.message));

  const workbench = await check('workbench loads', async () => {
    await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
  });
  if (!workbench) throw new Error('no workbench: nothing else can be checked');

  await check('incident record opens with squiggles', async () => {
    const folderRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: RECORD_FOLDER });
    await folderRow.first().click();
    const fileRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: RECORD_FILE });
    await fileRow.first().waitFor({ timeout: TIMEOUT });
    await fileRow.first().click();
    await page.locator('.editor-instance .view-lines', { hasText: RECORD_TITLE }).first().waitFor({ timeout: TIMEOUT });
    await page.locator('.editor-instance .squiggly-error').first().waitFor({ timeout: 60000 });
    return `${await page.locator('.editor-instance .squiggly-error').count()} error squiggles`;
  });

  let problems = [];
  await check('Problems panel lists the findings', async () => {
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.locator('.monaco-list-row', { hasText: 'severity' }).first().waitFor({ timeout: TIMEOUT });
    problems = (await panel.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    log('problems:', JSON.stringify(problems, null, 1));
    const text = problems.join('\n');
    const wanted = ['`severity` is missing', '`approved_by` is missing', '"Lessons learned" section is missing', RECORD_FILE];
    const absent = wanted.filter((w) => !text.includes(w));
    if (absent.length > 0) throw new Error(`Problems panel lacks ${JSON.stringify(absent)}`);
    if (!/incident-records\(severity\)|incident-records.*severity/.test(text)) throw new Error('rows do not show the source incident-records(<rule id>)');
    return `${problems.length} rows`;
  });

  let before = '';
  const menuShown = await check('quick-fix menu (Ctrl+.) offers our fixes', async () => {
    // line 1 is the opening `---`: `severity` and `approval` (both missing) point there
    await goToLine(1);
    before = await editorText();
    const { menu, titles } = await openQuickFixMenu();
    log('quick fixes:', JSON.stringify(titles));
    const full = await shot('problems-and-quick-fix');
    const box = await menu.first().boundingBox();
    const editorBox = await page.locator('.editor-instance').first().boundingBox();
    if (box && editorBox) {
      const x = Math.max(editorBox.x, box.x - 240);
      const y = Math.max(editorBox.y, box.y - 120);
      const menuShot = await shot('quick-fix-menu', { clip: { x, y, width: Math.min(box.x + box.width + 80 - x, 1440 - x), height: Math.min(box.y + box.height + 60 - y, 900 - y) } });
      if (titles.some((t) => QUICK_FIX_TITLE.test(t))) keep(menuShot, 'quick-fix-menu.png');
    }
    if (!titles.some((t) => QUICK_FIX_TITLE.test(t))) throw new Error(`no title like ${QUICK_FIX_TITLE} among ${JSON.stringify(titles)}`);
    keep(full, 'problems-and-quick-fix.png');
    return titles.join(' | ');
  });

  await check('applying a quick fix (Enter) changes the text', async () => {
    if (!menuShown) throw new Error('no quick-fix menu to apply from');
    await page.keyboard.press('Enter');
    await page.locator('.action-widget').first().waitFor({ state: 'hidden', timeout: TIMEOUT });
    await page.waitForFunction((previous) => {
      const lines = document.querySelector('.editor-instance .monaco-editor .view-lines');
      return lines !== null && lines.innerText.replace(/\u00a0/g, ' ') !== previous;
    }, before, { timeout: TIMEOUT });
    const after = await editorText();
    const added = after.split('\n').filter((line) => !before.split('\n').includes(line));
    if (!added.some((line) => /^(severity|approved_by):( |$)|^## Lessons learned/.test(line.trim()))) {
      throw new Error(`unexpected change: ${JSON.stringify(added)}`);
    }
    await shot('after-quick-fix');
    return `added ${JSON.stringify(added)}`;
  });

  await check('Incident Records view shows the Records tree', async () => {
    await page.keyboard.press('Escape');
    const container = page.locator('.activitybar .action-item a.action-label[aria-label^="Incident Records"], .activitybar .action-item[aria-label^="Incident Records"]');
    await container.first().waitFor({ timeout: TIMEOUT });
    await container.first().click();
    const viewlet = page.locator('[id="workbench.view.extension.incidentRecords"]');
    await viewlet.waitFor({ state: 'visible', timeout: TIMEOUT });
    const rows = viewlet.locator('.monaco-list-row');
    await rows.first().waitFor({ state: 'visible', timeout: TIMEOUT });
    // expand the first collapsed group (if the tree groups records) so record rows show
    const collapsed = viewlet.locator('.monaco-list-row[aria-expanded="false"]');
    if (await collapsed.count() > 0) await collapsed.first().click();
    await viewlet.locator('.monaco-list-row', { hasText: /INC-2026-10[01]|CA-2026-100/ }).first().waitFor({ timeout: TIMEOUT });
    // for the screenshot: a wider side bar, and the incomplete record's checklist unfolded
    await widenSideBar(620);
    const record = viewlet.locator('.monaco-list-row[aria-expanded="false"]', { hasText: 'INC-2026-101' });
    if (await record.count() > 0) {
      const before = await rows.count();
      await record.first().locator('.monaco-tl-twistie').click();
      await page.waitForFunction(([selector, n]) => document.querySelectorAll(selector).length > n,
        ['[id="workbench.view.extension.incidentRecords"] .monaco-list-row', before], { timeout: TIMEOUT }).catch(() => {});
    }
    const items = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    log('tree rows:', JSON.stringify(items, null, 1));
    const file = await shot('tree-view');
    keep(file, 'tree-view.png');
    return `${items.length} rows`;
  });
} catch (error) {
  log('aborted:', String(error?.message ?? error));
  if (page) await shot('aborted').catch(() => {});
  results.push({ name: 'ui check ran to the end', ok: false });
} finally {
  await cleanup();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
