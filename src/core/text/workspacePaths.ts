/** POSIX path helpers for workspace-relative paths (the core has no `path` module: it also runs in browsers). */

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Joins and normalises; returns null when `..` climbs above the root. */
export function normalizeRelative(path: string): string | null {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/**
 * Resolves a link destination written in the file at `fromFile` (workspace-relative) to a
 * workspace-relative path. Returns null for links that are not file links (URLs, `mailto:`,
 * fragments, empty); `outside` when it leaves the workspace. A leading `/` means the workspace root.
 */
export function resolveRelativeLink(fromFile: string, destination: string): { path: string; outside: boolean } | null {
  const target = destination.replace(/[?#].*$/, '');
  if (target === '' || SCHEME.test(target) || target.startsWith('//')) return null;
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // a stray % is a literal character in a path
  }
  const joined = decoded.startsWith('/') ? decoded : `${dirname(fromFile)}/${decoded}`;
  const path = normalizeRelative(joined);
  return path === null ? { path: '', outside: true } : { path, outside: false };
}
