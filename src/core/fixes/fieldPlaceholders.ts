import recordSchema from '../../../schemas/record.schema.json';
import { formatNowWithOffset } from '../model/dates';
import type { Profile, RecordTypeProfile } from '../profile/profile';

type FieldSchema = { $ref?: string; enum?: string[]; type?: string };
const PROPERTIES = recordSchema.properties as Record<string, FieldSchema>;

/**
 * Values a quick fix may write for a missing field: the current time for dates, each allowed value for
 * enums, and the bare key for free text (the person still has to supply it, so the finding stays).
 */
export function placeholderValues(field: string, profile: Profile, type: RecordTypeProfile, now: Date): string[] {
  if (field === 'status') return type.statuses;
  if (field === 'severity') return profile.severities;
  const schema = PROPERTIES[field];
  if (!schema) return [''];
  if (schema.enum) return schema.enum;
  if (schema.$ref === '#/definitions/dateTime') return [formatNowWithOffset(now)];
  if (schema.$ref === '#/definitions/date') return [formatNowWithOffset(now).slice(0, 10)];
  if (schema.type === 'array') return ['[]'];
  return [''];
}
