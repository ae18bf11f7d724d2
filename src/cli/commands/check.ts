import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, describeRules, MAX_FILE_BYTES, RecordIndex, tooLargeCheck, workspaceSetup, type FileCheck } from '../../core';
import type { CheckArgs } from '../args';
import { UsageError, type CliIo } from '../cliIo';
import { BufferedWriter } from '../bufferedWriter';
import { formatters } from '../formats/formatOutput';
import { totalsOf } from '../formats/reportTotals';
import { displayPaths, findWorkspaceRoot, listMarkdownFiles, loadConfig, TextFileReader, toPosix } from '../nodeWorkspace';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/**
 * `incident-records check`: indexes the whole workspace (cross-record rules need it), reports on
 * the given paths only. Returns the exit code.
 */
export function runCheck(args: CheckArgs, io: CliIo): number {
  const targets = args.paths.map((p) => path.resolve(io.cwd, p));
  for (const target of targets) {
    if (!fs.existsSync(target)) throw new UsageError(`no such file or folder: ${path.relative(io.cwd, target) || target}`);
  }
  const configFile = args.config ? path.resolve(io.cwd, args.config) : undefined;
  const firstFolder = fs.statSync(targets[0]).isDirectory() ? targets[0] : path.dirname(targets[0]);
  const root = configFile ? path.dirname(configFile) : findWorkspaceRoot(firstFolder, io.cwd);
  const config = loadConfig(configFile ?? path.join(root, CONFIG_FILE_NAME), configFile !== undefined);
  const setup = workspaceSetup(config);
  const index = new RecordIndex(setup.checker, setup.rules);
  const relative = (file: string) => toPosix(path.relative(root, file));
  const fileExists = (p: string) => fs.existsSync(path.join(root, p));
  const now = new Date();

  const reported = new Set<string>();
  for (const target of targets) {
    if (fs.statSync(target).isDirectory()) {
      for (const file of listMarkdownFiles(root, target, setup.filter)) reported.add(file);
    } else reported.add(relative(target));
  }
  const checksWholeWorkspace = targets.some((target) => target === root);
  const workspaceFiles = checksWholeWorkspace ? reported : new Set([...listMarkdownFiles(root, root, setup.filter), ...reported]);
  const reader = new TextFileReader(MAX_FILE_BYTES);
  for (const file of workspaceFiles) {
    const read = reader.read(path.join(root, file));
    if (!read.ok) {
      if (reported.has(file)) throw new UsageError(`cannot read ${path.relative(io.cwd, path.join(root, file))}: ${read.reason}`);
      continue;
    }
    if ('tooLarge' in read) index.put(tooLargeCheck(file, read.tooLarge));
    else index.update(read.text, { path: file, now, fileExists, fixes: false });
  }

  const reports: FileCheck[] = [];
  const displayPath = displayPaths(io.cwd, root);
  for (const file of [...reported].sort()) {
    const check = index.get(file);
    if (!check) continue;
    const findings = index.findingsFor(file);
    if (!check.record && findings.length === 0) continue; // plain Markdown, not a record
    const display = displayPath(file);
    const record = check.record && check.record.file !== display ? { ...check.record, file: display } : check.record;
    reports.push({ file: display, record, findings });
  }

  const color = io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
  const stdout = new BufferedWriter(io.stdout);
  const stderr = new BufferedWriter(io.stderr);
  const input = { reports, rules: describeRules(setup.profile), color: color || Boolean(io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0'), toolVersion: VERSION };
  formatters[args.format](input, { stdout: stdout.push, stderr: stderr.push });
  stdout.flush();
  stderr.flush();
  const { errors, warnings } = totalsOf(reports);
  return errors > 0 || (args.maxWarnings >= 0 && warnings > args.maxWarnings) ? 1 : 0;
}

export { VERSION };
