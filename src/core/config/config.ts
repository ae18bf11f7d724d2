import type { ProfileSource } from '../profile/profile';
import { schemaValidators } from '../schema/schemaValidators';
import type { RuleSeverities } from './ruleSeverities';

/** `.incident-records.json`, as described by schemas/config.schema.json. */
export interface IncidentRecordsConfig {
  include?: string[];
  exclude?: string[];
  severities?: string[];
  sectionAliases?: Record<string, string[]>;
  rules?: RuleSeverities;
  profile?: ProfileSource;
  templates?: string;
  folders?: Record<string, string>;
}

export const CONFIG_FILE_NAME = '.incident-records.json';

export type ConfigResult = { ok: true; config: IncidentRecordsConfig } | { ok: false; message: string };

/** Parses and validates a config file's text; errors name the JSON path that is wrong. */
export function parseConfig(text: string): ConfigResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
  }
  const validateConfig = schemaValidators().config;
  if (!validateConfig(data)) {
    const error = validateConfig.errors![0];
    const path = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : '(root)';
    const detail = error.keyword === 'additionalProperties' ? `unknown property "${error.params.additionalProperty}"` : error.message;
    return { ok: false, message: `${path}: ${detail}` };
  }
  return { ok: true, config: data as IncidentRecordsConfig };
}

/** The profile overrides a config implies (its own `profile`, plus the top-level vocabulary shortcuts). */
export function profileOverrides(config: IncidentRecordsConfig): ProfileSource {
  return {
    ...config.profile,
    severities: config.severities ?? config.profile?.severities,
    sectionAliases: { ...config.profile?.sectionAliases, ...config.sectionAliases },
    types: mergeFolders(config),
  };
}

function mergeFolders(config: IncidentRecordsConfig): ProfileSource['types'] {
  const types = { ...config.profile?.types };
  for (const [type, folder] of Object.entries(config.folders ?? {})) types[type] = { ...types[type], folder };
  return types;
}
