// Check-speed benchmark: the CLI as a whole process over generated corpora, the checker per file in
// one process, and a single ≈500 KB record. Prints figures; nothing here passes or fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { workspaceSetup } from '../../src/core';
import { generateLargeRecord, generateRecord } from './corpus';

const cliPath = resolve(__dirname, 'cli.js');

function writeCorpus(count: number): { dir: string; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), `ir-bench-${count}-`));
  writeFileSync(join(dir, '.incident-records.json'), '{}');
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `batch-${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(folder);
    const text = generateRecord(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(folder, `INC-${i}.md`), text);
  }
  return { dir, bytes };
}

function timeProcess(args: string[], cwd: string): { seconds: number; maxRssMb: number; code: number | null } {
  const rssProbe = join(tmpdir(), 'ir-bench-rss.js');
  writeFileSync(rssProbe, "process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));");
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', rssProbe, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /MAXRSS (\d+)/.exec(child.stderr ?? '');
  return { seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN, code: child.status };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const FIRST_LARGE_CHECK = '--first-large-check';

/** Run in a child process: prints the milliseconds of the very first check of a large record. */
export function firstLargeCheck(rows: number): void {
  const text = generateLargeRecord(rows);
  const setup = workspaceSetup({});
  const t0 = process.hrtime.bigint();
  setup.checker.check(text, { path: 'big.md', now: new Date() });
  console.log(Number(process.hrtime.bigint() - t0) / 1e6);
}

export function runCheckBench(): void {
  console.log('## check: whole CLI process (node dist/cli.js check <corpus> --format json)');
  for (const count of [1000, 10000]) {
    const { dir, bytes } = writeCorpus(count);
    // three runs: the median, the fastest and the highest peak (the VM's timings vary from run to run)
    const runs = [0, 1, 2].map(() => timeProcess([cliPath, 'check', '.', '--format', 'json'], dir)).sort((a, b) => a.seconds - b.seconds);
    const median = runs[1].seconds;
    const peak = Math.max(...runs.map((run) => run.maxRssMb));
    console.log(`${count} records (${(bytes / 1e6).toFixed(1)} MB): median ${median.toFixed(2)} s wall (fastest ${runs[0].seconds.toFixed(2)} s), ${(count / median).toFixed(0)} files/s, ${(bytes / 1e6 / median).toFixed(1)} MB/s, peak RSS ${peak.toFixed(0)} MiB (exit ${runs[1].code}; target ${count === 1000 ? '< 0.5 s' : '< 1.5 s, < 150 MiB'})`);
    if (count === 1000) markdownlintReference(dir, count);
    rmSync(dir, { recursive: true, force: true });
  }

  console.log('\n## check: per file, in one process (warm)');
  const setup = workspaceSetup({});
  const texts = Array.from({ length: 2000 }, (_, i) => generateRecord(i));
  for (const text of texts.slice(0, 200)) setup.checker.check(text, { path: 'x.md', now: new Date() });
  const times: number[] = [];
  let bytes = 0;
  const started = process.hrtime.bigint();
  for (const text of texts) {
    const t0 = process.hrtime.bigint();
    setup.checker.check(text, { path: 'x.md', now: new Date() });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    bytes += text.length;
  }
  const total = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  console.log(`${texts.length} records: p50 ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms per file (target < 0.2 ms typical), ${(texts.length / total).toFixed(0)} files/s, ${(bytes / 1e6 / total).toFixed(1)} MB/s`);

  console.log('\n## check: one large record (Timeline table)');
  for (const rows of [1250, 2500, 5000]) {
    // a new process, where the JIT has compiled nothing yet (the CLI checking only this file)
    const child = spawnSync(process.execPath, [resolve(__dirname, 'bench.js'), FIRST_LARGE_CHECK, String(rows)], { encoding: 'utf8' });
    const coldProcess = Number(child.stdout.trim());
    // this process has checked thousands of records: the editor or CLI meeting this record for the first time
    const text = generateLargeRecord(rows);
    const fresh = workspaceSetup({});
    const t0 = process.hrtime.bigint();
    fresh.checker.check(text, { path: 'big.md', now: new Date() });
    const first = Number(process.hrtime.bigint() - t0) / 1e6;
    const warm: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t1 = process.hrtime.bigint();
      fresh.checker.check(text, { path: 'big.md', now: new Date() });
      warm.push(Number(process.hrtime.bigint() - t1) / 1e6);
    }
    warm.sort((a, b) => a - b);
    console.log(`${rows} rows (${(text.length / 1024).toFixed(0)} KB): first call ${first.toFixed(2)} ms (in a new process: ${coldProcess.toFixed(1)} ms), warm p50 ${percentile(warm, 50).toFixed(2)} ms, min ${warm[0].toFixed(2)} ms (targets for ≈500 KB: < 10 ms first, < 2 ms warm; cost should be linear in size)`);
  }
  console.log(`\nprocess heap used now: ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MiB`);
}

function markdownlintReference(dir: string, count: number): void {
  const bin = resolve(__dirname, '../node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
  if (!existsSync(bin)) {
    console.log('  (markdownlint-cli2 not installed: reference skipped)');
    return;
  }
  const run = timeProcess([bin, '**/*.md'], dir);
  console.log(`  reference: markdownlint-cli2 on the same ${count} files: ${run.seconds.toFixed(2)} s wall, peak RSS ${run.maxRssMb.toFixed(0)} MiB`);
}
