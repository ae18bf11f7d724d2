// Runs the extension's mocha suite INSIDE code-server's (Node) extension host, the way VS Code's browser
// integration tests do: the URL's payload carries extensionDevelopmentPath and extensionTestsPath, and the
// workbench calls window.codeAutomationExit(code) when the test runner finishes.
//   CS_URL   http://127.0.0.1:PORT of a running code-server (start-code-server.sh)
//   WS       the workspace folder to open (a throw-away copy of test/fixtures/workspace)
//   EXT_DIR  the extension (default: the repository root)
//   EXT_TESTS the bundled runner (default: EXT_DIR/dist/test/integration/index.js)
//   TEST_TIMEOUT_MS (default 300000), VERBOSE=1 to see every workbench log line
// Exit code: 0 passed, 1 failed, 2 timed out.
import path from 'node:path';
import util from 'node:util';
import { fileURLToPath } from 'node:url';
import { launchBrowser, workbenchUrl } from './browser.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const base = process.env.CS_URL || 'http://127.0.0.1:8080';
const folder = process.env.WS;
if (!folder) throw new Error('set WS to the workspace folder');
const extDir = path.resolve(process.env.EXT_DIR || repoRoot);
const testsEntry = path.resolve(process.env.EXT_TESTS || path.join(extDir, 'dist/test/integration/index.js'));
const timeoutMs = Number(process.env.TEST_TIMEOUT_MS || 300000);
const url = workbenchUrl(base, folder, { extensionDevelopmentPath: extDir, extensionTestsPath: testsEntry });

const t0 = Date.now();
const log = (...a) => console.log(`[ext-tests ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const { page, close } = await launchBrowser();
let code = 1;
try {
  let exit;
  const exited = new Promise((resolve) => { exit = resolve; });
  await page.exposeFunction('codeAutomationExit', (c) => exit(c));
  await page.exposeFunction('codeAutomationLog', (type, args) => { if (process.env.VERBOSE) console.log('[wb]', type, ...[].concat(args)); });
  // Extension-host console output reaches the page console as ('%c INFO', 'color: …', ...args).
  page.on('console', async (message) => {
    let values = await Promise.all(message.args().map((a) => a.jsonValue().catch(() => String(a))));
    if (typeof values[0] === 'string' && values[0].startsWith('%c')) values = values.slice(2);
    const text = values.length ? util.format(...values) : message.text();
    if (process.env.VERBOSE || !/^(Resolv|Creating a socket|\[Extension Host\] *$)/.test(text)) console.log('[host]', text);
  });
  page.on('pageerror', (e) => log('pageerror', e.message));
  log('open', url);
  await page.goto(url);
  let timer;
  code = await Promise.race([exited, new Promise((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); })]);
  clearTimeout(timer);
  log('codeAutomationExit:', code);
  if (code === 'timeout') code = 2;
} catch (e) {
  console.error(e);
  code = 1;
} finally {
  await close();
}
process.exit(typeof code === 'number' ? code : 1);
