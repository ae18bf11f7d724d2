import { load } from 'js-yaml';
import { YAML_CORE_SCHEMA } from './coreSchema';
import { locatedData } from './locatedData';
import { locateTopLevelFields, type LocatedFields } from './topLevelLocator';
import { flowNestingExceeds, MAX_NESTING_DEPTH, type YamlResult } from './yamlResult';

/**
 * Characters whose handling differs between YAML parsers or versions, or that a parser refuses: tabs,
 * lone `\r`, NEL, Unicode line/paragraph separators, a BOM inside the text, and what js-yaml calls
 * non-printable (other C0 and C1 controls, DEL, U+FFFE/U+FFFF, lone surrogates: with the `u` flag the
 * surrogate range only matches unpaired halves). Their presence anywhere sends a file to the exact path.
 */
const UNSURE_CHARACTERS = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]|\r(?!\n)/u;

/**
 * The fast reading of frontmatter, for the shapes `locateTopLevelFields` knows: a line scanner finds
 * the positions and, where every value is a one-line scalar, an empty value or a sequence of those,
 * the data is read from the scanned text (`locatedData`); otherwise (block scalars) js-yaml, with the
 * `yaml` package's core schema, builds it and must agree with the scanner. Answers null whenever it
 * is not sure (including every input the exact path refuses), so that the caller uses
 * `parseYamlFrontmatterExact`, whose results it otherwise matches exactly (see the differential test).
 * Inputs it answers contain no anchors, aliases or tags, so the alias bound cannot be reached here.
 */
export function parseYamlFrontmatterFast(source: string, offset: number): YamlResult | null {
  if (UNSURE_CHARACTERS.test(source) || flowNestingExceeds(source, MAX_NESTING_DEPTH) >= 0) return null;
  const located = locateTopLevelFields(source, offset);
  if (!located) return null;
  const data = locatedData(source, offset, located) ?? loadAgreeing(source, located);
  return data && { ok: true, data, fields: located.fields };
}

/** js-yaml's reading of `source`, when it agrees with the scanner's; else null. */
function loadAgreeing(source: string, located: LocatedFields): Record<string, unknown> | null {
  let data: unknown;
  try {
    data = load(source, { schema: YAML_CORE_SCHEMA });
  } catch {
    return null;
  }
  return agrees(data, located) ? (data as Record<string, unknown>) : null;
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
