import { sortTimelineFix } from '../fixes/timelineSort';
import { parseIsoDateTime } from '../model/dates';
import type { Finding } from '../model/finding';
import { fieldRange, type RecordContext } from './recordContext';
import { timelineEntries, type TimelineEntry } from './timelineEntries';

const RULE = 'timeline-order';

/** Lifecycle timestamps in order and not in the future; Timeline entries in non-decreasing order. */
export function timelineOrderFindings(ctx: RecordContext): Finding[] {
  const times = new Map<string, number | null>();
  const timeOf = (field: string): number | null => {
    let time = times.get(field);
    if (time === undefined) times.set(field, (time = ctx.invalidFields.has(field) ? null : parseIsoDateTime(ctx.data[field])));
    return time;
  };
  return [...fieldOrderFindings(ctx, timeOf), ...futureFindings(ctx, timeOf), ...sectionOrderFindings(ctx)];
}

type TimeOf = (field: string) => number | null;

function fieldOrderFindings(ctx: RecordContext, timeOf: TimeOf): Finding[] {
  const findings: Finding[] = [];
  let previous: { field: string; time: number } | null = null;
  for (const field of ctx.type.timeline ?? []) {
    const time = timeOf(field);
    if (time === null) continue;
    if (previous && time < previous.time) {
      findings.push({
        rule: RULE,
        severity: 'warning',
        message: `\`${field}\` is earlier than \`${previous.field}\`; auditors reconstruct the response from these times, so they must run in order.`,
        range: fieldRange(ctx.doc, field)!,
      });
    }
    if (!previous || time >= previous.time) previous = { field, time };
  }
  return findings;
}

function futureFindings(ctx: RecordContext, timeOf: TimeOf): Finding[] {
  const now = ctx.env.now.getTime();
  const fields = [...(ctx.type.timeline ?? [])];
  if (ctx.typeName === 'tabletop' && ctx.final) fields.push('exercised_at');
  return fields.flatMap((field): Finding[] => {
    const time = timeOf(field);
    if (time === null || time <= now) return [];
    return [{
      rule: RULE,
      severity: 'warning',
      message: `\`${field}\` is in the future; evidence records what already happened, so check the date and time zone.`,
      range: fieldRange(ctx.doc, field)!,
    }];
  });
}

function sectionOrderFindings(ctx: RecordContext): Finding[] {
  const section = ctx.doc.sections.find((candidate) => candidate.key === 'timeline');
  if (!section) return [];
  const entries = timelineEntries(ctx.doc, section);
  const findings: Finding[] = [];
  let latest = entries[0];
  for (let i = 1; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.time < latest.time) {
      findings.push({
        rule: RULE,
        severity: 'warning',
        message: `Timeline entry ${stampOf(ctx, entry)} comes after ${stampOf(ctx, latest)}; an out-of-order timeline makes the response impossible to follow.`,
        range: ctx.doc.lines.range(entry.lineStart, entry.lineEnd),
      });
    } else {
      latest = entry;
    }
  }
  if (findings.length > 0 && ctx.env.fixes !== false) {
    const fix = sortTimelineFix(ctx.doc, entries);
    for (const finding of findings) finding.fixes = [fix];
  }
  return findings;
}

function stampOf(ctx: RecordContext, entry: TimelineEntry): string {
  return ctx.doc.text.slice(entry.stampStart, entry.stampEnd);
}
