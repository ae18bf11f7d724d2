#!/usr/bin/env node
// `npm test`: every check the project has, in order, failing if any step fails.
//   1. build        npm run build (esbuild: extension, CLI, bundled integration tests)
//   2. typecheck    tsc -p . --noEmit
//   3. unit         mocha (.mocharc.json: test/unit/**/*.test.ts)
//   4. integration  mocha inside a real VS Code extension host (test/integration)
//   5. ui-check     Playwright against the real workbench (test/e2e/ui-check.mjs)
// Steps 4 and 5 run in code-server (VS Code 1.100.3 built from the npm registry, see test/harness/) when it
// is installed or installable (Linux with apt-get); one instance serves both steps and is always stopped.
// Otherwise, or with INCIDENT_RECORDS_VSCODE=electron, they run in desktop VS Code via @vscode/test-electron
// (test/integration/runElectron.mjs; honours VSCODE_EXECUTABLE_PATH / VSCODE_VERSION).
// INCIDENT_RECORDS_SKIP_VSCODE=1 skips steps 4 and 5 — loudly, never silently.
// INCIDENT_RECORDS_TEST_GREP=<text> filters the integration tests.
// The last line printed is `N passed, N failed` (steps).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CS_VERSION, HARNESS, TEST_SETTINGS, codeServerRoute, copyFixtureWorkspace, freePort, installCodeServer, startCodeServer,
} from './harness/code-server.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(repoRoot);
const STATE = path.join(HARNESS, '.state');
const t0 = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
const banner = (text) => console.log(`\n${'='.repeat(100)}\n== ${text}\n${'='.repeat(100)}`);

/** Runs a command with its output streamed to ours and also captured; never rejects. */
const children = new Set();
function exec(command, args, { env = {}, timeoutMs = 10 * 60_000 } = {}) {
  return new Promise((resolve) => {
    let output = '';
    let timedOut = false;
    const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    const take = (stream, sink) => stream.on('data', (chunk) => { output += chunk; sink.write(chunk); });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGTERM'); setTimeout(() => child.kill('SIGKILL'), 5000).unref(); }, timeoutMs);
    child.on('error', (error) => { output += String(error); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({ code: timedOut ? 124 : code ?? 1, signal, output, timedOut });
    });
  });
}

// Ctrl+C / SIGTERM: stop child processes, then exit (the 'exit' handler stops code-server and removes temp dirs).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.log(`\n${signal}: stopping`);
    for (const child of children) child.kill('SIGTERM');
    process.exit(130);
  });
}

const lastCounts = (output) => {
  const all = [...output.matchAll(/^\s*(\d+) passed, (\d+) failed\s*$/gm)];
  const last = all.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
};

// ---------------------------------------------------------------------------------------------- steps
const results = [];
async function step(name, run) {
  banner(`step ${results.length + 1}: ${name}`);
  const start = Date.now();
  let result;
  try {
    result = await run();
  } catch (error) {
    console.error(error);
    result = { status: 'fail', detail: String(error?.message ?? error) };
  }
  result.ms = Date.now() - start;
  result.name = name;
  results.push(result);
  console.log(`-- ${name}: ${result.status.toUpperCase()} in ${seconds(result.ms)}${result.detail ? ` (${result.detail})` : ''}`);
  return result;
}
const fromExit = (r, detail) => ({
  status: r.code === 0 ? 'pass' : 'fail',
  detail: [detail, r.timedOut ? 'timed out' : r.code !== 0 ? `exit ${r.code}` : ''].filter(Boolean).join('; '),
});

const build = await step('build (npm run build)', async () => fromExit(await exec('npm', ['run', 'build'], { timeoutMs: 5 * 60_000 })));
const built = build.status === 'pass' && fs.existsSync('dist/extension.js') && fs.existsSync('dist/test/integration/index.js');

await step('typecheck (tsc -p . --noEmit)', async () => fromExit(await exec('npx', ['tsc', '-p', '.', '--noEmit'], { timeoutMs: 5 * 60_000 })));

await step('unit tests (mocha)', async () => {
  const r = await exec('npx', ['mocha', '--color=false'], { timeoutMs: 10 * 60_000 });
  const passing = /(\d+) passing/.exec(r.output)?.[1] ?? '0';
  const failing = /(\d+) failing/.exec(r.output)?.[1] ?? '0';
  return fromExit(r, `${passing} passed, ${failing} failed`);
});

// ----------------------------------------------------------------------------- real VS Code (4 and 5)
const skip = process.env.INCIDENT_RECORDS_SKIP_VSCODE === '1';
const forced = (process.env.INCIDENT_RECORDS_VSCODE || '').toLowerCase();
const route = codeServerRoute();
const useCodeServer = !skip && forced !== 'electron' && (forced === 'code-server' || route.ok);
const INTEGRATION = 'integration tests in VS Code';
const UI = 'UI check (Playwright)';

if (skip) {
  const line = '!'.repeat(100);
  console.log(`\n${line}\n!!! SKIPPED: "${INTEGRATION}" and "${UI}" — INCIDENT_RECORDS_SKIP_VSCODE=1 is set.\n!!! SKIPPED: nothing was checked inside a real VS Code in this run.\n${line}`);
  results.push({ name: INTEGRATION, status: 'skipped', ms: 0, detail: 'INCIDENT_RECORDS_SKIP_VSCODE=1' });
  results.push({ name: UI, status: 'skipped', ms: 0, detail: 'INCIDENT_RECORDS_SKIP_VSCODE=1' });
} else if (!built) {
  for (const name of [INTEGRATION, UI]) {
    banner(`step ${results.length + 1}: ${name}`);
    console.log('not run: the build failed, so there is no extension to load');
    results.push({ name, status: 'fail', ms: 0, detail: 'not run: build failed' });
  }
} else if (useCodeServer) {
  await runInCodeServer();
} else {
  await runInElectron();
}

async function integrationResult(r, resultFile, how) {
  let counts = '';
  try {
    const summary = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    counts = `${summary.passes} passed, ${summary.failures} failed${summary.pending ? `, ${summary.pending} pending` : ''}`;
    if (summary.passes === 0 && summary.failures === 0) return { status: 'fail', detail: `${how}; no tests ran` };
  } catch {
    counts = 'no result file written by the test runner';
  }
  return fromExit(r, `${how}; ${counts}`);
}

async function runInCodeServer() {
  console.log(`VS Code route: code-server ${CS_VERSION} (${route.why}${forced ? `; INCIDENT_RECORDS_VSCODE=${forced}` : ''})`);
  const state = path.join(STATE, 'test');
  const resultFile = path.join(state, 'integration-result.json');
  const integrationWs = copyFixtureWorkspace('integration-workspace');
  const uiWs = copyFixtureWorkspace('ui-workspace');
  let server;
  const cleanup = () => {
    server?.stop();
    integrationWs.remove();
    uiWs.remove();
  };
  process.on('exit', cleanup);
  try {
    const setup = await step(INTEGRATION, async () => {
      const installStart = Date.now();
      installCodeServer();
      console.log(`code-server install check: ${seconds(Date.now() - installStart)}`);
      const port = await freePort(0);
      server = await startCodeServer({
        workspace: integrationWs.path, port, state,
        env: { INCIDENT_RECORDS_TEST_RESULT: resultFile },
      });
      fs.rmSync(resultFile, { force: true });
      const r = await exec('node', [path.join(HARNESS, 'run-ext-tests.mjs')], {
        env: { CS_URL: server.url, WS: integrationWs.path, EXT_DIR: repoRoot, EXT_TESTS: path.join(repoRoot, 'dist/test/integration/index.js') },
        timeoutMs: 6 * 60_000,
      });
      if (r.code === 2) console.log('the integration suite did not finish in time (run-ext-tests.mjs exit 2)');
      return integrationResult(r, resultFile, `code-server ${CS_VERSION} on ${server.url}`);
    });
    await step(UI, async () => {
      if (!server) return { status: 'fail', detail: `not run: code-server did not start (${setup.detail})` };
      // user settings the integration suite may have changed (ConfigurationTarget.Global) back to the defaults
      fs.writeFileSync(path.join(state, 'user-data/User/settings.json'), JSON.stringify(TEST_SETTINGS, null, 2));
      const r = await exec('node', ['test/e2e/ui-check.mjs'], { env: { CS_URL: server.url, WS: uiWs.path }, timeoutMs: 5 * 60_000 });
      const counts = lastCounts(r.output);
      return fromExit(r, counts ? `${counts.passed} passed, ${counts.failed} failed` : 'no summary line');
    });
  } finally {
    if (server) console.log(`stopping code-server (log: ${path.relative(repoRoot, server.log)})`);
    cleanup();
    process.off('exit', cleanup);
  }
}

async function runInElectron() {
  const why = forced === 'electron' ? 'INCIDENT_RECORDS_VSCODE=electron' : `code-server unavailable: ${route.why}`;
  console.log(`VS Code route: desktop VS Code via @vscode/test-electron (${why})`);
  // desktop VS Code needs a display: use a virtual one when there is none and xvfb-run exists
  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const xvfb = headless && spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
  const wrap = (args) => (xvfb ? ['xvfb-run', ['-a', 'node', ...args]] : ['node', args]);
  await step(INTEGRATION, async () => {
    const resultFile = path.join(STATE, 'electron', 'integration-result.json');
    fs.mkdirSync(path.dirname(resultFile), { recursive: true });
    fs.rmSync(resultFile, { force: true });
    const [cmd, args] = wrap(['test/integration/runElectron.mjs']);
    const r = await exec(cmd, args, { env: { INCIDENT_RECORDS_TEST_RESULT: resultFile }, timeoutMs: 10 * 60_000 });
    return integrationResult(r, resultFile, `@vscode/test-electron ${process.env.VSCODE_EXECUTABLE_PATH ? `(${process.env.VSCODE_EXECUTABLE_PATH})` : `(VS Code ${process.env.VSCODE_VERSION || 'stable'})`}`);
  });
  await step(UI, async () => {
    const [cmd, args] = wrap(['test/e2e/ui-check.mjs']);
    const r = await exec(cmd, args, { env: { UI_MODE: 'electron' }, timeoutMs: 8 * 60_000 });
    const counts = lastCounts(r.output);
    return fromExit(r, `desktop VS Code; ${counts ? `${counts.passed} passed, ${counts.failed} failed` : 'no summary line'}`);
  });
}

// ---------------------------------------------------------------------------------------------- summary
const passed = results.filter((r) => r.status === 'pass').length;
const failed = results.filter((r) => r.status === 'fail').length;
const skipped = results.filter((r) => r.status === 'skipped').length;
banner(`summary (${seconds(Date.now() - t0)} in all)`);
const width = Math.max(...results.map((r) => r.name.length));
for (const r of results) {
  const mark = { pass: 'PASS   ', fail: 'FAIL   ', skipped: 'SKIPPED' }[r.status];
  console.log(`${mark}  ${r.name.padEnd(width)}  ${seconds(r.ms).padStart(7)}  ${r.detail ?? ''}`);
}
if (skipped > 0) console.log(`SKIPPED: ${skipped} step(s) did not run (INCIDENT_RECORDS_SKIP_VSCODE=1)`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
