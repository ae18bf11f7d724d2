import type { Finding, RelatedLocation } from '../model/finding';
import type { RecordSummary } from '../model/record';

/** What the cross-record rules need to know about the workspace. */
export interface RecordLookup {
  recordsWithId(id: string): RecordSummary[];
}

const EXTERNAL = /^https?:\/\//i;
const SOURCE_TYPES = ['incident', 'near-miss', 'tabletop'];

export function crossRecordFindings(record: RecordSummary, lookup: RecordLookup): Finding[] {
  return [...duplicateIdFindings(record, lookup), ...referenceFindings(record, lookup)];
}

function duplicateIdFindings(record: RecordSummary, lookup: RecordLookup): Finding[] {
  if (!record.id || !record.idRange) return [];
  const others = lookup.recordsWithId(record.id).filter((other) => other.file !== record.file);
  if (others.length === 0) return [];
  const related: RelatedLocation[] = others.map((other) => ({
    file: other.file,
    range: other.idRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: `${record.id} is also the id of ${other.file}`,
  }));
  const where = others.map((other) => other.file).join(', ');
  return [{
    rule: 'duplicate-id',
    severity: 'error',
    message: `Id ${record.id} is also used by ${where}; ids must be unique so that references and the evidence pack point at one record.`,
    range: record.idRange,
    related,
  }];
}

function referenceFindings(record: RecordSummary, lookup: RecordLookup): Finding[] {
  const findings: Finding[] = [];
  const check = (field: string, value: { value: string; range: Finding['range'] }, allowed: string[], wanted: string, article: string) => {
    if (EXTERNAL.test(value.value)) return;
    const targets = lookup.recordsWithId(value.value);
    const fitting = targets.filter((target) => target.type !== null && allowed.includes(target.type));
    if (fitting.length > 0) return;
    const wrongType = targets[0];
    findings.push({
      rule: 'unknown-reference',
      severity: 'error',
      message: wrongType
        ? `\`${field}\` names ${value.value}, which is ${withArticle(wrongType.type)} record, not ${article} ${wanted}; the trail from event to fix must lead to the right kind of record.`
        : `\`${field}\` names ${value.value}, but no ${wanted} record in this workspace has that id; an auditor following the trail would find nothing.`,
      range: value.range,
      related: wrongType ? [{ file: wrongType.file, range: wrongType.idRange ?? value.range, message: `${value.value} is ${withArticle(wrongType.type)}` }] : undefined,
    });
  };
  for (const action of record.correctiveActions) check('corrective_actions', action, ['corrective-action'], 'corrective-action', 'a');
  if (record.type === 'corrective-action' && record.source) check('source', record.source, SOURCE_TYPES, 'incident, near-miss or tabletop', 'an');
  return findings;
}

/** `an incident`, `a tabletop`: record types are English nouns in messages. */
function withArticle(noun: string | null): string {
  return `${/^[aeiou]/i.test(noun ?? '') ? 'an' : 'a'} ${noun}`;
}
