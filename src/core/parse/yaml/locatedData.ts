import { lineScalarValue } from './scalarValues';
import type { LocatedFields } from './topLevelLocator';

/**
 * The data of frontmatter read straight from what `locateTopLevelFields` found, for the values whose
 * meaning is plain from their text: one-line plain and quoted scalars, empty values, and flow or block
 * sequences of those. Null when a value is anything else (a literal or folded block scalar), for the
 * caller to read with a parser. `offset` is what the locator added to every position.
 */
export function locatedData(source: string, offset: number, located: LocatedFields): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  for (const [name, field] of located.fields) {
    // the locator refuses this key; assigning it here would replace the object's prototype
    if (name === '__proto__') return null;
    if (located.sequences.has(name)) {
      const items = new Array<unknown>(field.items.length);
      for (let i = 0; i < items.length; i++) items[i] = lineScalarValue(source, field.items[i].start - offset, field.items[i].end - offset);
      data[name] = items;
      continue;
    }
    const start = field.valueStart - offset;
    const end = field.valueEnd - offset;
    const ch = source.charCodeAt(start);
    if (start < end && (ch === 124 || ch === 62)) return null;
    data[name] = lineScalarValue(source, start, end);
  }
  return data;
}
