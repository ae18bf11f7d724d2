import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, parseConfig, type IncidentRecordsConfig, type PathFilter } from '../core';
import { UsageError } from './cliIo';

/** The nearest folder upward from `start` that holds the config file or `.git`; else `fallback`. */
export function findWorkspaceRoot(start: string, fallback: string): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, CONFIG_FILE_NAME)) || fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return fallback;
    dir = parent;
  }
}

export function loadConfig(file: string, required: boolean): IncidentRecordsConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new UsageError(`cannot read config ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const result = parseConfig(text);
  if (!result.ok) throw new UsageError(`invalid config ${file}: ${result.message}`);
  return result.config;
}

export function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}

/** Workspace-relative POSIX paths → paths relative to `cwd` (what people see), without path arithmetic per file when possible. */
export function displayPaths(cwd: string, root: string): (file: string) => string {
  const rootFromCwd = toPosix(path.relative(cwd, root));
  if (rootFromCwd === '') return (file) => file;
  if (!rootFromCwd.startsWith('..') && !path.isAbsolute(rootFromCwd)) return (file) => `${rootFromCwd}/${file}`;
  return (file) => toPosix(path.relative(cwd, path.join(root, file))) || file;
}

/**
 * Every Markdown file below `dir` that the filter accepts (paths relative to `root`, POSIX),
 * skipping node_modules, .git, excluded folders and symbolic links (which could loop).
 */
export function listMarkdownFiles(root: string, dir: string, filter: PathFilter): string[] {
  const found: string[] = [];
  // each folder with its root-relative POSIX path, so that entries need no path arithmetic
  const stack: Array<{ folder: string; relative: string }> = [{ folder: dir, relative: toPosix(path.relative(root, dir)) }];
  while (stack.length > 0) {
    const { folder, relative: folderRelative } = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      continue; // an unreadable folder inside the workspace is skipped, as git would
    }
    for (const entry of entries) {
      const relative = folderRelative === '' ? entry.name : `${folderRelative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== '.git' && !filter.excludesFolder(relative)) {
          stack.push({ folder: path.join(folder, entry.name), relative });
        }
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md') && filter.matches(relative)) {
        found.push(relative);
      }
    }
  }
  return found.sort();
}

export type ReadResult = { ok: true; text: string } | { ok: true; tooLarge: number } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Reads files as UTF-8 text (invalid bytes become U+FFFD) through one reused buffer: thousands of
 * records read with readFileSync would each leave a buffer behind for the garbage collector.
 * Files over `maxBytes` are not read, only measured.
 */
export class TextFileReader {
  private buffer = Buffer.allocUnsafe(1 << 16);

  constructor(private readonly maxBytes: number) {}

  read(file: string): ReadResult {
    let fd: number | undefined;
    try {
      fd = fs.openSync(file, 'r');
      const size = fs.fstatSync(fd).size;
      if (size > this.maxBytes) return { ok: true, tooLarge: size };
      if (size > this.buffer.length) this.buffer = Buffer.allocUnsafe(size);
      let length = 0;
      while (length < size) {
        const read = fs.readSync(fd, this.buffer, length, size - length, null);
        if (read === 0) break;
        length += read;
      }
      return { ok: true, text: decoder.decode(this.buffer.subarray(0, length)) };
    } catch (error) {
      return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }
}
