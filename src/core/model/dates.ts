const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?[ ]?(Z|z|[+-]\d{2}(?::?\d{2})?))?$/;

/**
 * Milliseconds since the epoch for an ISO 8601 date or date-time with a time zone, or null.
 * A date alone counts as its midnight UTC. YAML loaders may hand over `Date` objects: accepted too.
 */
export function parseIsoDateTime(value: unknown): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value !== 'string') return null;
  const match = DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', zone = 'Z'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const utc = Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s), Number(fraction.padEnd(3, '0').slice(0, 3)));
  return utc - zoneOffsetMinutes(zone) * 60_000;
}

export function isIsoDateTime(value: unknown): boolean {
  return parseIsoDateTime(value) !== null;
}

/** A calendar date, `YYYY-MM-DD` (or a `Date` from a YAML loader). */
export function isIsoDate(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) && parseIsoDateTime(value) !== null;
}

/** Now as ISO 8601 with the local offset, to the second: `2026-11-23T15:08:53+01:00`. */
export function formatNowWithOffset(now: Date = new Date()): string {
  const offset = -now.getTimezoneOffset();
  const local = new Date(now.getTime() + offset * 60_000);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const zone = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${local.toISOString().slice(0, 19)}${zone}`;
}

function zoneOffsetMinutes(zone: string): number {
  if (zone === 'Z' || zone === 'z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
