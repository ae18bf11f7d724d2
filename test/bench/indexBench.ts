// Index benchmark: the workspace index over 10,000 generated records (full build, one-file updates,
// memory) and the Records tree over it (arranging the records, the children of the largest group).
// Prints figures, wall-clock and CPU time (CPU time stays meaningful on a busy machine); nothing
// passes or fails. The targets are printed beside the figures.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { RecordIndex, buildProfile, workspaceSetup, type CheckEnvironment } from '../../src/core';
import {
  DEFAULT_TREE_OPTIONS, RecordsTreeModel, completenessText, recordLabel, recordTooltip, treeRecordOf, vocabularyOf, type TreeRecord,
} from '../../src/core/tree';
import { editFile, generateWorkspace } from './indexCorpus';

const COUNT = 10_000;
const UPDATES = 100;
const MB = 1024 * 1024;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

interface Timing {
  wall: number;
  cpu: number;
}

/** Runs `work` once; wall-clock and CPU milliseconds. */
function timed(work: () => void): Timing {
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  work();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - wall) / 1e6, cpu: (used.user + used.system) / 1000 };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const show = (t: Timing, digits = 1) => `${t.wall.toFixed(digits)} ms (CPU ${t.cpu.toFixed(digits)} ms)`;
const spread = (times: Timing[], digits = 2) =>
  `p50 ${percentile(times.map((t) => t.wall), 50).toFixed(digits)} ms, p95 ${percentile(times.map((t) => t.wall), 95).toFixed(digits)} ms ` +
  `(CPU p50 ${percentile(times.map((t) => t.cpu), 50).toFixed(digits)} ms, p95 ${percentile(times.map((t) => t.cpu), 95).toFixed(digits)} ms)`;
const median = (times: Timing[]): Timing => ({ wall: percentile(times.map((t) => t.wall), 50), cpu: percentile(times.map((t) => t.cpu), 50) });

function heapMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / MB;
}

export function runIndexBench(): void {
  console.log(`\n## index: ${COUNT.toLocaleString('en')} generated records in one RecordIndex`);
  const files = generateWorkspace(COUNT);
  const bytes = files.reduce((sum, file) => sum + file.text.length, 0);
  const setup = workspaceSetup({});
  const now = new Date('2026-11-23T12:00:00Z');
  const env = (path: string): CheckEnvironment => ({ path, now, fixes: false }); // as the extension's index
  console.log(`corpus: ${files.length} files of 4 record types, ${(bytes / MB).toFixed(1)} MB of text, ${(bytes / files.length / 1024).toFixed(1)} KB each on average`);

  // warm the checker (JIT) on another index, so the build measures steady-state speed
  const warm = new RecordIndex(setup.checker, setup.rules);
  for (const file of files.slice(0, 300)) warm.update(file.text, env(file.path));

  const heapBefore = heapMb();
  const index = new RecordIndex(setup.checker, setup.rules);
  const build = timed(() => {
    for (const file of files) index.update(file.text, env(file.path));
  });
  const indexHeap = heapMb() - heapBefore;
  console.log(`full build: ${(build.wall / 1000).toFixed(2)} s, CPU ${(build.cpu / 1000).toFixed(2)} s (${(files.length / (build.wall / 1000)).toFixed(0)} files/s; target < 3 s)`);
  console.log(`index memory: ${indexHeap.toFixed(0)} MB of heap retained by the index (target < 200 MB)`);

  let findings = 0;
  const allFindings = timed(() => {
    for (const file of files) findings += index.findingsFor(file.path).length;
  });
  console.log(`findings of every file (cross-record rules included): ${show(allFindings, 0)}, ${findings} findings`);

  const updates: Timing[] = [];
  const withFindings: Timing[] = [];
  const texts = new Map(files.map((file) => [file.path, file.text]));
  for (let n = 0; n < UPDATES; n++) {
    const file = files[(n * 7919) % files.length];
    const text = editFile(texts.get(file.path)!, n);
    texts.set(file.path, text);
    let affected = new Set<string>();
    updates.push(timed(() => (affected = index.update(text, env(file.path)))));
    // what the extension then does for the tree and the Problems panel: the affected files' findings
    withFindings.push(timed(() => {
      for (const path of affected) {
        const summary = index.get(path)?.record;
        if (summary) treeRecordOf(path, summary, index.findingsFor(path));
      }
    }));
  }
  console.log(`one-file update: ${spread(updates)} over ${UPDATES} edits (target < 5 ms)`);
  console.log(`  then the affected files' findings and tree entries: ${spread(withFindings)}`);

  console.log('\n## tree: the Records view over the same index');
  let records: TreeRecord[] = [];
  const sync = timed(() => (records = index.records().map((summary) => treeRecordOf(summary.file, summary, index.findingsFor(summary.file)))));
  console.log(`tree entries for every record (the full sync after a rebuild): ${show(sync)}`);
  const vocabulary = vocabularyOf([buildProfile()]);
  const arrangeTimes: Timing[] = [];
  const childTimes: Timing[] = [];
  const tooltipTimes: Timing[] = [];
  let largest = 0;
  for (let run = 0; run < 21; run++) {
    const sortBy = run % 2 === 0 ? 'date' : 'completeness';
    let model: RecordsTreeModel | undefined;
    arrangeTimes.push(timed(() => (model = new RecordsTreeModel(records, { ...DEFAULT_TREE_OPTIONS, sortBy }, vocabulary))));
    const group = model!.largestGroup()!;
    largest = group.size;
    // what getChildren + getTreeItem compute for each child: order, label, description (tooltips resolve on hover)
    childTimes.push(timed(() => {
      for (const record of model!.children(group)) {
        recordLabel(record.summary);
        completenessText(record.summary);
      }
    }));
    tooltipTimes.push(timed(() => {
      for (const record of model!.children(group)) recordTooltip(record);
    }));
  }
  console.log(`arranging all records (filter, group, count): median ${show(median(arrangeTimes), 2)}`);
  console.log(`children of the largest group (${largest} records: sort, labels, descriptions): median ${show(median(childTimes), 2)} (target < 10 ms)`);
  console.log(`  tooltips for all of them (computed only on hover, by resolveTreeItem): median ${show(median(tooltipTimes), 2)}`);
  const memory = process.memoryUsage();
  console.log(`process: heap ${(memory.heapUsed / MB).toFixed(0)} MB, RSS ${(memory.rss / MB).toFixed(0)} MB, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (the corpus's text included)`);
}
