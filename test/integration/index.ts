// Entry point loaded by the VS Code extension host (extensionTestsPath): runs every *.test.js bundled
// beside it with mocha, inside the real editor. Used by both launchers (code-server and test-electron).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  const grep = process.env.INCIDENT_RECORDS_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  const resultFile = process.env.INCIDENT_RECORDS_TEST_RESULT;
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const summary = { passes: runner.stats?.passes ?? 0, failures, pending: runner.stats?.pending ?? 0 };
      if (resultFile) fs.writeFileSync(resultFile, JSON.stringify(summary));
      console.log(`integration: ${summary.passes} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
  });
}
