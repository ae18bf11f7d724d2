const MAX_SLUG_LENGTH = 50;

/**
 * A file-name-safe, lower-case ASCII slug of a title: accents dropped, everything else that is not a
 * letter or digit turned into single hyphens, cut at a word boundary. May be empty (`'!!!'`, `'数据'`).
 */
export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[œŒ]/g, 'oe')
    .toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** `INC-2026-014-database-outage.md`, or `INC-2026-014.md` when the title has nothing to slug. */
export function recordFileName(id: string, title: string): string {
  const slug = slugify(title);
  return slug ? `${id}-${slug}.md` : `${id}.md`;
}

/** The `attempt`-th candidate for a file name that is taken: `name.md`, `name-2.md`, `name-3.md`… */
export function numberedFileName(fileName: string, attempt: number): string {
  if (attempt <= 1) return fileName;
  const dot = fileName.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  return `${stem}-${attempt}${extension}`;
}
