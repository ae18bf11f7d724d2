/**
 * Minimal glob matching for include/exclude patterns over workspace-relative POSIX paths:
 * `**` (any folders), `*` and `?` (within one segment), `{a,b}` alternatives, `[abc]` classes.
 * A pattern without a `/` matches the file name at any depth, as in .gitignore.
 */
export function globToRegExp(pattern: string): RegExp {
  let glob = pattern.trim().replace(/^\.\//, '');
  if (!glob.includes('/')) glob = `**/${glob}`;
  if (glob.endsWith('/')) glob += '**';
  let source = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        source += slashAfter ? '(?:[^/]*/)*' : '.*';
        i += slashAfter ? 2 : 1;
      } else source += '[^/]*';
    } else if (ch === '?') source += '[^/]';
    else if (ch === '{') { inGroup++; source += '(?:'; }
    else if (ch === '}' && inGroup > 0) { inGroup--; source += ')'; }
    else if (ch === ',' && inGroup > 0) source += '|';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) source += '\\[';
      else { source += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`; i = close; }
    } else source += ch.replace(/[.+^$()|\\]/g, '\\$&');
  }
  // a folder pattern also matches everything inside it
  return new RegExp(`^${source}(?:/.*)?$`);
}

export class PathFilter {
  private readonly include: RegExp[];
  private readonly exclude: RegExp[];

  constructor(include: string[] = ['**/*.md'], exclude: string[] = []) {
    this.include = include.map(globToRegExp);
    this.exclude = [...exclude, 'node_modules', '.git'].map(globToRegExp);
  }

  matches(path: string): boolean {
    return this.include.some((re) => re.test(path)) && !this.exclude.some((re) => re.test(path));
  }

  /** Whether a folder can be skipped entirely while walking. */
  excludesFolder(path: string): boolean {
    return this.exclude.some((re) => re.test(path));
  }
}
