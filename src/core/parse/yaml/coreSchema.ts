import { FAILSAFE_SCHEMA, Type, type Schema } from 'js-yaml';

// The YAML 1.2 core schema exactly as the `yaml` package resolves plain scalars (its
// dist/schema/core/*.js): js-yaml's own CORE_SCHEMA is its JSON schema plus extras (0b…, `_` digit
// separators, `+.inf` spellings) that `yaml` reads as strings. Timestamps stay strings; no other
// implicit types exist, so nothing is ever constructed but strings, numbers, booleans and null.

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

function toNumber(text: string): number {
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text)) {
    if (text.slice(-3).toLowerCase() === 'nan') return NaN;
    return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  return parseFloat(text);
}

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (text: string | null) => text === null || NULL.test(text),
  construct: () => null,
});

const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (text: string | null) => text !== null && BOOL.test(text),
  construct: (text: string) => text[0] === 't' || text[0] === 'T',
});

const numberType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (text: string | null) =>
    text !== null && (INT.test(text) || FLOAT.test(text) || FLOAT_EXP.test(text) || INT_OCT.test(text) || INT_HEX.test(text) || FLOAT_NAN.test(text)),
  construct: toNumber,
});

/** For js-yaml's `load`: plain scalars resolve as the `yaml` package's core schema resolves them. */
export const YAML_CORE_SCHEMA: Schema = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, numberType] });
