const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Case-insensitive, with numbers compared by value (`INC-2026-9` before `INC-2026-10`); exact text breaks ties. */
export function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A key whose plain `<` order is natural order: lower-cased, digit runs left-padded to a fixed width.
 * Sorting thousands of records compares precomputed keys instead of calling a collator.
 */
export function naturalSortKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, (digits) => {
    const significant = digits.replace(/^0+(?=\d)/, '');
    return significant.length >= 16 ? significant : significant.padStart(16, '0');
  });
}
