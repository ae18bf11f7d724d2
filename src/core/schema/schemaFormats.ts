import { isIsoDate, isIsoDateTime } from '../model/dates';

/** The custom formats the JSON schemas use, by name (shared by the runtime and the precompiled validators). */
export const schemaFormats = {
  'iso-date-time': { type: 'string' as const, validate: isIsoDateTime },
  'iso-date': { type: 'string' as const, validate: isIsoDate },
};
