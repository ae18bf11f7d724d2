import { FAILSAFE_SCHEMA, Type, type Schema } from 'js-yaml';
import { BOOL, isNumber, NULL, toBoolean, toNumber } from './scalarValues';

// The YAML 1.2 core schema exactly as the `yaml` package resolves plain scalars, with the rules of
// scalarValues.ts (which the fast path's own builder uses too): js-yaml's own CORE_SCHEMA is its
// JSON schema plus extras that `yaml` reads as strings. Nothing is ever constructed but strings,
// numbers, booleans and null.

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (text: string | null) => text === null || NULL.test(text),
  construct: () => null,
});

const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (text: string | null) => text !== null && BOOL.test(text),
  construct: toBoolean,
});

const numberType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (text: string | null) => text !== null && isNumber(text),
  construct: toNumber,
});

/** For js-yaml's `load`: plain scalars resolve as the `yaml` package's core schema resolves them. */
export const YAML_CORE_SCHEMA: Schema = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, numberType] });
