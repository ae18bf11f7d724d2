import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';

/** Offsets (in the file's text) of one top-level frontmatter entry. */
export interface FieldLocation {
  keyStart: number;
  keyEnd: number;
  /** The value's extent; for a key with no value, the end of the key. */
  valueStart: number;
  valueEnd: number;
  /** For sequences: each item's extent. */
  items: Array<{ start: number; end: number }>;
}

export type YamlResult =
  | { ok: true; data: Record<string, unknown>; fields: Map<string, FieldLocation> }
  | { ok: false; message: string; start: number; end: number };

/** Bounds that keep hostile frontmatter from costing time or memory (billion laughs, deep nesting). */
export const MAX_ALIAS_COUNT = 100;
export const MAX_NESTING_DEPTH = 32;

/**
 * Parses YAML frontmatter with the YAML 1.2 core schema: timestamps stay strings, unknown tags
 * (`!!js/function`…) stay inert, nothing is evaluated. `offset` is where `source` starts in the file.
 */
export function parseYamlFrontmatter(source: string, offset: number): YamlResult {
  const tooDeep = flowNestingExceeds(source, MAX_NESTING_DEPTH);
  if (tooDeep >= 0) {
    return { ok: false, message: `Frontmatter nests deeper than ${MAX_NESTING_DEPTH} levels.`, start: offset + tooDeep, end: offset + tooDeep + 1 };
  }
  try {
    const doc = parseDocument(source, { schema: 'core', prettyErrors: false, uniqueKeys: true, strict: true });
    const error = doc.errors[0];
    if (error) {
      const [start, end] = error.pos;
      return { ok: false, message: `YAML error: ${firstLine(error.message)}`, start: offset + start, end: offset + Math.max(end, start + 1) };
    }
    const contents = doc.contents as YamlNode | null;
    if (!isMap(contents)) {
      const [start, end] = contents?.range ?? [0, source.length];
      const what = isSeq(contents) ? 'a list' : 'a single value';
      return { ok: false, message: `Frontmatter must be a mapping of fields, not ${what}.`, start: offset + start, end: offset + end };
    }
    if (depthOf(contents, 0) > MAX_NESTING_DEPTH) {
      return { ok: false, message: `Frontmatter nests deeper than ${MAX_NESTING_DEPTH} levels.`, start: offset, end: offset + source.length };
    }
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
    return { ok: true, data: data ?? {}, fields: locateFields(contents, offset) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = /alias/i.test(message) ? `aliases expand beyond the limit of ${MAX_ALIAS_COUNT}` : firstLine(message);
    return { ok: false, message: `Frontmatter cannot be read: ${reason}.`, start: offset, end: offset + source.length };
  }
}

function locateFields(map: YAMLMap, offset: number): Map<string, FieldLocation> {
  const fields = new Map<string, FieldLocation>();
  for (const pair of map.items) {
    const key = pair.key as YamlNode | null;
    if (!isScalar(key) || !key.range) continue;
    const name = String(key.value);
    const value = pair.value as YamlNode | null;
    const [keyStart, keyEnd] = key.range;
    const valueRange = value?.range ?? [keyEnd, keyEnd];
    const items = isSeq(value)
      ? value.items.flatMap((item) => {
          const range = (item as YamlNode | null)?.range;
          return range ? [{ start: offset + range[0], end: offset + range[1] }] : [];
        })
      : [];
    fields.set(name, {
      keyStart: offset + keyStart,
      keyEnd: offset + keyEnd,
      valueStart: offset + valueRange[0],
      // range[1] is the value's own end; range[2] would include trailing comments and blank lines
      valueEnd: offset + valueRange[1],
      items,
    });
  }
  return fields;
}

function depthOf(node: unknown, depth: number): number {
  if (depth > MAX_NESTING_DEPTH) return depth;
  if (isMap(node) || isSeq(node)) {
    let max = depth + 1;
    for (const item of node.items) {
      const child = isMap(node) ? (item as { value: unknown }).value : item;
      max = Math.max(max, depthOf(child, depth + 1));
      if (max > MAX_NESTING_DEPTH) break;
    }
    return max;
  }
  return depth;
}

/** Position of the first flow bracket that opens deeper than `limit`, or -1: checked before parsing. */
function flowNestingExceeds(source: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charCodeAt(i);
    if (ch === 91 || ch === 123) {
      if (++depth > limit) return i;
    } else if ((ch === 93 || ch === 125) && depth > 0) depth--;
  }
  return -1;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/\.$/, '');
}
