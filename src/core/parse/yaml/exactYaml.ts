import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import { flowNestingExceeds, MAX_ALIAS_COUNT, MAX_NESTING_DEPTH, type FieldLocation, type YamlResult } from './yamlResult';

/**
 * The reference reading of frontmatter: the `yaml` package's document API with the YAML 1.2 core
 * schema. Handles every input (anchors, aliases, tags, nested and flow collections) and gives exact
 * node ranges; the fast path (`fastYaml.ts`) must agree with it wherever it answers.
 */
export function parseYamlFrontmatterExact(source: string, offset: number): YamlResult {
  const tooDeep = flowNestingExceeds(source, MAX_NESTING_DEPTH);
  if (tooDeep >= 0) {
    return { ok: false, message: `Frontmatter nests deeper than ${MAX_NESTING_DEPTH} levels.`, start: offset + tooDeep, end: offset + tooDeep + 1 };
  }
  try {
    // logLevel 'error': a record's odd keys must not print Node warnings (`? [a]: b` would, in toJS)
    const doc = parseDocument(source, { schema: 'core', prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' });
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

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/\.$/, '');
}
