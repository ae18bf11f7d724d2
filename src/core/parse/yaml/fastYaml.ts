import { load } from 'js-yaml';
import { YAML_CORE_SCHEMA } from './coreSchema';
import { locateTopLevelFields, type LocatedFields } from './topLevelLocator';
import { flowNestingExceeds, MAX_NESTING_DEPTH, type YamlResult } from './yamlResult';

/**
 * Characters whose handling differs between YAML parsers or versions (tabs, lone `\r`, NEL, Unicode
 * line/paragraph separators, a BOM inside the text): their presence sends a file to the exact path.
 */
const UNSURE_CHARACTERS = /[\t\u0085\u2028\u2029\ufeff]|\r(?!\n)/;

/**
 * The fast reading of frontmatter, for the shapes `locateTopLevelFields` knows: js-yaml (with the
 * `yaml` package's core schema) builds the data, a line scanner finds the positions. Answers null
 * whenever it is not sure (including every input the exact path refuses), so that the caller uses
 * `parseYamlFrontmatterExact`, whose results it otherwise matches exactly (see the differential test).
 * Inputs it answers contain no anchors, aliases or tags, so the alias bound cannot be reached here.
 */
export function parseYamlFrontmatterFast(source: string, offset: number): YamlResult | null {
  if (UNSURE_CHARACTERS.test(source) || flowNestingExceeds(source, MAX_NESTING_DEPTH) >= 0) return null;
  const located = locateTopLevelFields(source, offset);
  if (!located) return null;
  let data: unknown;
  try {
    data = load(source, { schema: YAML_CORE_SCHEMA });
  } catch {
    return null;
  }
  if (!agrees(data, located)) return null;
  return { ok: true, data: data as Record<string, unknown>, fields: located.fields };
}

/** Both readings see the same keys in the same order, sequences where the scanner saw them, and nothing nested elsewhere. */
function agrees(data: unknown, located: LocatedFields): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  if (keys.length !== located.fields.size) return false;
  let index = 0;
  for (const [name, field] of located.fields) {
    if (keys[index++] !== name) return false;
    const value = (data as Record<string, unknown>)[name];
    if (located.sequences.has(name)) {
      if (!Array.isArray(value) || value.length !== field.items.length) return false;
      if (value.some((item) => typeof item === 'object' && item !== null)) return false;
    } else if (typeof value === 'object' && value !== null) {
      return false;
    }
  }
  return true;
}
