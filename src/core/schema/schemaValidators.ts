import Ajv, { type ValidateFunction } from 'ajv';
import configSchema from '../../../schemas/config.schema.json';
import profileSchema from '../../../schemas/profile.schema.json';
import recordSchema from '../../../schemas/record.schema.json';
import { schemaFormats } from './schemaFormats';

export interface SchemaValidators {
  record: ValidateFunction;
  config: ValidateFunction;
}

let validators: SchemaValidators | undefined;

/**
 * The JSON-schema validators, compiled on first use. The bundles built by esbuild.mjs replace this
 * module with standalone code generated from the same schemas at build time, which saves loading and
 * running the ajv compiler (~150 ms) at start-up; this version serves the unit tests.
 */
export function schemaValidators(): SchemaValidators {
  if (!validators) {
    // keep these options in step with the precompiling plugin in esbuild.mjs
    const ajv = new Ajv({ allErrors: true, strict: true, schemas: [profileSchema] });
    ajv.addVocabulary(['x-recordTypes']);
    for (const [name, format] of Object.entries(schemaFormats)) ajv.addFormat(name, format);
    validators = { record: ajv.compile(recordSchema), config: ajv.compile(configSchema) };
  }
  return validators;
}
