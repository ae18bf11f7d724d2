import { strict as assert } from 'node:assert';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { generateRecord } from '../bench/corpus';

const root = join(__dirname, '../..');

/**
 * The bundle replaces the runtime ajv compiler with validators precompiled at build time
 * (esbuild.mjs); it must judge every record exactly as the sources do.
 */
describe('the bundled CLI', function () {
  this.timeout(120_000);

  before(() => {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'ignore' });
  });

  for (const folder of ['examples', 'test/fixtures/workspace']) {
    it(`agrees with the sources on ${folder}, including schema and config validation`, () => {
      let expected = '';
      const expectedCode = runCli(['check', folder, '--format', 'json'], { cwd: root, env: {}, isTTY: false, stdout: (t) => (expected += t), stderr: () => undefined });
      const bundled = spawnSync(process.execPath, ['dist/cli.js', 'check', folder, '--format', 'json'], { cwd: root, encoding: 'utf8' });
      assert.equal(bundled.status, expectedCode);
      assert.deepEqual(JSON.parse(bundled.stdout), JSON.parse(expected));
      assert.ok(JSON.parse(expected).records.some((r: { diagnostics: Array<{ rule: string }> }) => r.diagnostics.some((d) => d.rule === 'schema')), 'the folder exercises the schema');
    });
  }

  it('exits quietly with its own code when the reader of its output goes away (`| head`)', async () => {
    const child = spawn(process.execPath, ['dist/cli.js', 'check', 'examples', '--format', 'json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // like `head` exiting before the first write
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 1, 'the examples hold errors on purpose');
  });

  it('hands a reader that starts late the whole output, byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ir-slow-reader-'));
    try {
      writeFileSync(join(dir, '.incident-records.json'), '{}');
      for (let i = 0; i < 2000; i++) writeFileSync(join(dir, `INC-${i}.md`), generateRecord(i));
      let expected = '';
      runCli(['check', '.', '--format', 'json'], { cwd: dir, env: {}, isTTY: false, stdout: (t) => (expected += t), stderr: () => undefined });
      assert.ok(expected.length > 2_000_000, 'far more output than a pipe holds');

      const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'check', '.', '--format', 'json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stderr.resume();
      const chunks: Buffer[] = [];
      let reading = false;
      const drain = () => {
        if (!reading) return;
        for (let chunk = child.stdout.read(); chunk !== null; chunk = child.stdout.read()) chunks.push(chunk);
      };
      child.stdout.on('readable', drain);
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the pipe is full: the CLI waits for its reader
      reading = true;
      drain();
      assert.equal(await closed, 1);
      assert.equal(Buffer.concat(chunks).toString('utf8'), expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
