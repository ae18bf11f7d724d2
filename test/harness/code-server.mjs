// Node helpers around the code-server scripts: can it be used here, install it, find a free port,
// copy the fixture workspace, start and (always) stop one instance.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HARNESS = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HARNESS, '../..');
export const CS_VERSION = process.env.CS_VERSION || '4.100.3';
export const PREFIX = process.env.PREFIX || path.join(HARNESS, '.cs');
export const FIXTURE_WORKSPACE = path.join(REPO_ROOT, 'test/fixtures/workspace');

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

export function isCodeServerInstalled() {
  return fs.existsSync(path.join(PREFIX, `.done-${CS_VERSION}`));
}

/** code-server route: Linux, and either already installed or installable (apt-get for its OS packages). */
export function codeServerRoute() {
  if (process.platform !== 'linux') return { ok: false, why: `platform is ${process.platform}, not linux` };
  if (isCodeServerInstalled()) return { ok: true, why: `code-server ${CS_VERSION} already installed in ${path.relative(REPO_ROOT, PREFIX)}` };
  if (onPath('apt-get')) return { ok: true, why: 'Linux with apt-get: code-server will be installed' };
  return { ok: false, why: 'no apt-get and code-server is not installed' };
}

/** Runs install-code-server.sh (idempotent: returns at once when the .done marker exists). */
export function installCodeServer() {
  const result = spawnSync('bash', [path.join(HARNESS, 'install-code-server.sh')], { stdio: 'inherit', env: { ...process.env, PREFIX } });
  if (result.status !== 0) throw new Error(`install-code-server.sh failed (exit ${result.status ?? result.signal})`);
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** The first free port on 127.0.0.1 from `start`, or any free port the system hands out when start is 0. */
export async function freePort(start = 0) {
  if (start === 0) {
    return new Promise((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen({ port: 0, host: '127.0.0.1' }, () => {
        const { port } = server.address();
        server.close(() => resolve(port));
      });
    });
  }
  for (let port = start; port < start + 200; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port in ${start}..${start + 199}`);
}

/** A fresh copy of the fixture workspace in a temp dir (the tests edit, create and delete files in it). */
export function copyFixtureWorkspace(label = 'ws') {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'incident-records-'));
  const dest = path.join(parent, label);
  fs.cpSync(FIXTURE_WORKSPACE, dest, { recursive: true });
  return { path: dest, remove: () => fs.rmSync(parent, { recursive: true, force: true }) };
}

/** User settings for test runs: like desktop VS Code's defaults where code-server differs (auto save is
 * on in code-server), and nothing that pops up (welcome page, tips, trust prompts, update checks). */
export const TEST_SETTINGS = {
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
};

/**
 * Starts code-server on 127.0.0.1:port with its state in `state` (wiped first when `fresh`).
 * `env` reaches the extension host.  Returns { url, stop } — stop() is idempotent and synchronous,
 * so it can run from exit and signal handlers.
 */
export function startCodeServer({ workspace, port, state, env = {}, fresh = true, settings = TEST_SETTINGS }) {
  if (fresh) fs.rmSync(state, { recursive: true, force: true });
  fs.mkdirSync(path.join(state, 'user-data/User'), { recursive: true });
  if (settings) fs.writeFileSync(path.join(state, 'user-data/User/settings.json'), JSON.stringify(settings, null, 2));
  const scriptEnv = { ...process.env, ...env, PREFIX, STATE: state };
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    spawnSync('bash', [path.join(HARNESS, 'stop-code-server.sh')], { stdio: 'inherit', env: scriptEnv });
  };
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [path.join(HARNESS, 'start-code-server.sh'), workspace, String(port)], { stdio: 'inherit', env: scriptEnv });
    child.on('error', (error) => { stop(); reject(error); });
    child.on('exit', (code) => {
      if (code === 0) resolve({ url: `http://127.0.0.1:${port}`, stop, log: path.join(state, 'code-server.log') });
      else { stop(); reject(new Error(`start-code-server.sh failed (exit ${code})`)); }
    });
  });
}
