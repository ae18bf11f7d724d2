import { findFrontmatterBlock } from '../parse/frontmatterBlock';

/** Values for `{{name}}` variables; a variable with no value is left in the text as written. */
export type TemplateVariables = Partial<Record<string, string>>;

export interface RenderedTemplate {
  text: string;
  /** Names of `{{…}}` variables the template uses that have no value (left as they are). */
  unknown: string[];
}

const VARIABLE = /\{\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g;

/**
 * Plain text substitution of `{{name}}` variables, in one pass: a substituted value is never scanned
 * again, so a title like `{{owner}}` stays literal, and nothing in a template is evaluated. Values
 * are folded onto one line. Inside the frontmatter a value is written so YAML reads it back as the
 * same string (quoted when it would otherwise be a number, a boolean, a list or a syntax error).
 */
export function renderTemplate(template: string, values: TemplateVariables): RenderedTemplate {
  const block = findFrontmatterBlock(template);
  const unknown = new Set<string>();
  const text = template.replace(VARIABLE, (match: string, name: string, offset: number) => {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    if (typeof value !== 'string') {
      unknown.add(name);
      return match;
    }
    const line = oneLine(value);
    const inFrontmatter = block !== null && offset >= block.contentStart && offset < block.contentEnd;
    return inFrontmatter ? yamlInline(line, template[offset - 1], template[offset + match.length]) : line;
  });
  return { text, unknown: [...unknown] };
}

export function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\r\n\u2028\u2029\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

/** The value as YAML text at this place: inside quotes the template already wrote, or on its own. */
function yamlInline(value: string, before: string | undefined, after: string | undefined): string {
  if (before === '"' && after === '"') return JSON.stringify(value).slice(1, -1);
  if (before === "'" && after === "'") return value.replace(/'/g, "''");
  return yamlScalar(value);
}

const NOT_A_STRING = [
  /^(?:true|false|null|~)$/i,
  /^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i,
  /^0x[0-9a-f]+$/i,
  /^0o[0-7]+$/i,
  /^[-+]?\.(?:inf|nan)$/i,
];

/** A YAML scalar that reads back as exactly `value` (a string), in block or flow context. */
export function yamlScalar(value: string): string {
  if (value === '') return '';
  return isPlainSafe(value) ? value : JSON.stringify(value);
}

function isPlainSafe(value: string): boolean {
  if (!/^[\p{L}\p{N}_(.]/u.test(value) || /\s$/.test(value)) return false;
  if (/[,[\]{}]|:(?:\s|$)|\s#/.test(value)) return false;
  return !NOT_A_STRING.some((pattern) => pattern.test(value));
}
