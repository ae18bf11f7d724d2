import type { ErrorObject } from 'ajv';
import type { Profile } from '../profile/profile';
import { schemaValidators } from './schemaValidators';

/** A present-but-invalid field (or a missing id/title/status): `path` is [field] or [field, index]. */
export interface SchemaIssue {
  path: Array<string | number>;
  message: string;
  /** For a value outside an enum: the values that would be valid. */
  allowed?: string[];
}

export type RecordValidator = (type: string, data: Record<string, unknown>) => SchemaIssue[];

const FIELD_HINTS: Record<string, string> = {
  'iso-date-time': 'an ISO 8601 date-time with a time zone (e.g. 2026-03-04T09:15:00Z) or a date',
  'iso-date': 'an ISO 8601 date (e.g. 2026-03-31)',
};

/**
 * Validates frontmatter against schemas/record.schema.json, plus the two vocabularies the profile
 * decides: the type's statuses and the severities.
 */
export function createRecordValidator(profile: Profile): RecordValidator {
  const validate = schemaValidators().record;
  return (type, data) => {
    const recordType = profile.types[type];
    if (!recordType) return [];
    const present = withoutMissing(data);
    const issues = validate(present) ? [] : toIssues(validate.errors ?? [], data);
    const vocabularies: Array<[string, string[]]> = [['status', recordType.statuses], ['severity', profile.severities]];
    for (const [field, allowed] of vocabularies) {
      const value = present[field];
      if (typeof value !== 'string' || allowed.includes(value) || issues.some((issue) => issue.path[0] === field)) continue;
      issues.push({ path: [field], message: `\`${field}\` is "${value}", which is not one of: ${allowed.join(', ')}.`, allowed });
    }
    return issues;
  };
}

/** Absent, null, empty strings and empty lists are "missing": the checklist reports them, not the schema. */
export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

function withoutMissing(data: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (isMissing(value)) continue;
    kept[key] = value instanceof Date ? value.toISOString() : value;
  }
  return kept;
}

function toIssues(errors: ErrorObject[], data: Record<string, unknown>): SchemaIssue[] {
  const issues = new Map<string, SchemaIssue>();
  for (const error of errors) {
    const path = error.instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
    if (error.keyword === 'required') {
      const field = String(error.params.missingProperty);
      issues.set(field, { path: [], message: `Missing \`${field}\`: every record needs an id, a title and a status so it can be found, cited and tracked.` });
      continue;
    }
    const key = path.join('/');
    if (issues.has(key)) continue;
    const allowed = error.keyword === 'enum' ? (error.params.allowedValues as unknown[]).map(String) : undefined;
    issues.set(key, { path, message: describe(error, path, valueAt(data, path)), allowed });
  }
  return [...issues.values()];
}

function describe(error: ErrorObject, path: Array<string | number>, value: unknown): string {
  const field = `\`${path.join('[').replace(/\[(\d+)/g, '[$1]')}\``;
  const shown = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  switch (error.keyword) {
    case 'enum':
      return `${field} is ${shown}, which is not one of: ${(error.params.allowedValues as unknown[]).join(', ')}.`;
    case 'type':
      return `${field} must be ${error.params.type === 'array' ? 'a list' : error.params.type === 'string' ? 'text' : `of type ${error.params.type}`}, not ${describeType(value)}.`;
    case 'format':
      return `${field} is ${shown}, which is not ${FIELD_HINTS[error.params.format as string] ?? error.params.format}.`;
    case 'pattern':
      return path[0] === 'criteria'
        ? `${field} is ${shown}, which is not a SOC 2 criterion code like CC7.3.`
        : `${field} is ${shown}, which must be a single id or URL without spaces.`;
    default:
      return `${field} ${error.message ?? 'is invalid'}.`;
  }
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(data: Record<string, unknown>, path: Array<string | number>): unknown {
  let current: unknown = data;
  for (const part of path) current = (current as Record<string | number, unknown> | undefined)?.[part];
  return current;
}
