#!/usr/bin/env node
// Runs the integration suite (dist/test/integration/index.js, built by `npm run build`) inside desktop
// VS Code with @vscode/test-electron — the route for machines that can download VS Code (or have one):
//   VSCODE_EXECUTABLE_PATH  use this VS Code instead of downloading one
//   VSCODE_VERSION          version to download (default: stable)
//   INCIDENT_RECORDS_TEST_RESULT / INCIDENT_RECORDS_TEST_GREP reach the extension host (see index.ts)
// On Linux without a display, run it under `xvfb-run -a` (test/run-all.mjs does).
// The workspace is a fresh copy of test/fixtures/workspace (the tests create, edit and delete files);
// user data and extensions live in throw-away folders, never in $HOME.
import { runTests } from '@vscode/test-electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const extensionTestsPath = path.join(repoRoot, 'dist/test/integration/index.js');
if (!fs.existsSync(extensionTestsPath)) {
  console.error(`${path.relative(repoRoot, extensionTestsPath)} is missing: run \`npm run build\` first`);
  process.exit(1);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'incident-records-electron-'));
const workspace = path.join(scratch, 'workspace');
fs.cpSync(path.join(repoRoot, 'test/fixtures/workspace'), workspace, { recursive: true });
const userData = path.join(scratch, 'user-data');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.ignoreRecommendations': true,
  'files.hotExit': 'off',
}, null, 2));

const passThrough = ['INCIDENT_RECORDS_TEST_RESULT', 'INCIDENT_RECORDS_TEST_GREP'];
let code = 0;
try {
  await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    extensionTestsEnv: Object.fromEntries(passThrough.filter((name) => process.env[name]).map((name) => [name, process.env[name]])),
    launchArgs: [
      workspace,
      '--disable-extensions',
      `--user-data-dir=${userData}`,
      `--extensions-dir=${path.join(scratch, 'extensions')}`,
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-gpu',
    ],
  });
  console.log('integration suite passed (@vscode/test-electron)');
} catch (error) {
  console.error('integration suite failed (@vscode/test-electron):', error?.message ?? error);
  code = 1;
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(code);
