import recordSchema from '../../../schemas/record.schema.json';
import type { ChecklistItem, Profile, RecordTypeProfile } from '../profile/profile';

/** What the record schema says about one frontmatter field: the one source for completion and hover. */
export interface FieldInfo {
  name: string;
  description: string;
  /** Record types that use the field (`x-recordTypes`). */
  recordTypes: string[];
  kind: 'enum' | 'dateTime' | 'date' | 'list' | 'reference' | 'text';
  /** Values the schema itself allows (the profile decides `status` and `severity`). */
  enum?: string[];
  /** Required of every record by the schema (`id`, `title`, `status`). */
  required: boolean;
}

interface PropertySchema {
  $ref?: string;
  type?: string;
  enum?: string[];
  description?: string;
  'x-recordTypes'?: string[];
}

const PROPERTIES = recordSchema.properties as Record<string, PropertySchema>;
const REQUIRED = new Set<string>(recordSchema.required);

export const FIELDS: readonly FieldInfo[] = Object.entries(PROPERTIES).map(([name, schema]) => ({
  name,
  description: schema.description ?? '',
  recordTypes: schema['x-recordTypes'] ?? [],
  kind: kindOf(schema),
  enum: schema.enum,
  required: REQUIRED.has(name),
}));

function kindOf(schema: PropertySchema): FieldInfo['kind'] {
  if (schema.enum) return 'enum';
  if (schema.$ref === '#/definitions/dateTime') return 'dateTime';
  if (schema.$ref === '#/definitions/date') return 'date';
  if (schema.type === 'array') return 'list';
  if (schema.$ref === '#/definitions/reference') return 'reference';
  return 'text';
}

export function fieldInfo(name: string): FieldInfo | undefined {
  return FIELDS.find((field) => field.name === name);
}

/** The fields a record of `type` uses, in schema order; every field when the type is not known. */
export function fieldsForType(type: string | null | undefined): FieldInfo[] {
  const known = type ? FIELDS.filter((field) => field.recordTypes.includes(type)) : [];
  return known.length > 0 ? [...known] : [...FIELDS];
}

/** A checklist item of the record's type that needs the field, and from which status it is due. */
export interface FieldDuty {
  item: ChecklistItem;
  /** "always", "from status contained", "at status done". */
  due: string;
}

export function dutiesOf(field: string, type: RecordTypeProfile | undefined): FieldDuty[] {
  if (!type) return [];
  return type.checklist.filter((item) => item.fields?.includes(field)).map((item) => ({ item, due: dueText(item) }));
}

export function dueText(item: ChecklistItem): string {
  if (item.dueAt) return `at status ${item.dueAt.map((status) => `\`${status}\``).join(' or ')}`;
  if (item.dueFrom) return `from status \`${item.dueFrom}\``;
  return 'always';
}

/** Statuses of the type; of every type (without repeats) when the type is not known. */
export function statusesFor(profile: Profile, type: string | null | undefined): string[] {
  const known = type ? profile.types[type] : undefined;
  if (known) return known.statuses;
  return [...new Set(Object.values(profile.types).flatMap((candidate) => candidate.statuses))];
}
