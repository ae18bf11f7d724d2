import { strict as assert } from 'node:assert';
import { fieldsForType } from '../../src/core/editing/fieldCatalog';
import { fieldMarkdown, recordMarkdown, requirementText } from '../../src/core/editing/fieldDocs';
import { keySuggestions, valueSuggestions } from '../../src/core/editing/fieldSuggestions';
import type { RecordSummary } from '../../src/core/model/record';
import { buildProfile } from '../../src/core/profile/profile';

const profile = buildProfile();
const NOW = new Date('2026-03-04T09:15:30Z');
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

function summary(overrides: Partial<RecordSummary>): RecordSummary {
  return {
    file: 'x.md', id: null, type: null, status: null, title: null, severity: null, owner: null, date: null,
    correctiveActions: [], source: null, idRange: null, checklist: [], completeness: { done: 0, due: 0, total: 0 },
    ...overrides,
  };
}

const RECORDS = [
  summary({ file: 'corrective-actions/CA-10.md', id: 'CA-10', type: 'corrective-action', title: 'Pin modules', status: 'open' }),
  summary({ file: 'corrective-actions/CA-2.md', id: 'CA-2', type: 'corrective-action', title: 'WebAuthn', status: 'done' }),
  summary({ file: 'incidents/INC-1.md', id: 'INC-1', type: 'incident', title: 'Phished admin', status: 'closed' }),
  summary({ file: 'tabletops/TTX-1.md', id: 'TTX-1', type: 'tabletop', title: 'Ransomware', status: 'completed' }),
  summary({ file: 'notes/no-id.md', id: null, type: 'incident' }),
];

describe('field catalog and suggestions', () => {
  it('lists the fields of a type from the schema’s x-recordTypes', () => {
    const names = fieldsForType('corrective-action').map((field) => field.name);
    assert.ok(names.includes('due_date') && names.includes('source'));
    assert.ok(!names.includes('severity') && !names.includes('attendees'));
    assert.equal(fieldsForType('no-such-type').length, fieldsForType(null).length);
  });

  it('puts fields not yet present first', () => {
    const suggestions = keySuggestions('incident', new Set(['id', 'title', 'type', 'status']), profile);
    const sorted = [...suggestions].sort((a, b) => a.sortText.localeCompare(b.sortText));
    assert.equal(sorted[0].name, 'owner');
    assert.deepEqual(sorted.slice(-4).map((s) => s.name), ['id', 'title', 'type', 'status']);
    assert.ok(sorted.every((s) => s.documentation.length > 0));
    assert.equal(suggestions.find((s) => s.name === 'severity')?.hasValueSuggestions, true);
    assert.equal(suggestions.find((s) => s.name === 'title')?.hasValueSuggestions, false);
  });

  it('suggests the profile’s severities, the type’s statuses, the types and enum values', () => {
    assert.deepEqual(valueSuggestions('severity', 'incident', profile, [], NOW).map((s) => s.value), ['SEV1', 'SEV2', 'SEV3', 'SEV4']);
    assert.deepEqual(valueSuggestions('status', 'corrective-action', profile, [], NOW).map((s) => s.value), ['open', 'in-progress', 'done', 'wont-do']);
    assert.equal(valueSuggestions('status', 'tabletop', profile, [], NOW).find((s) => s.value === 'completed')?.detail?.startsWith('final'), true);
    assert.deepEqual(valueSuggestions('type', null, profile, [], NOW).map((s) => s.value), ['incident', 'near-miss', 'tabletop', 'corrective-action']);
    assert.deepEqual(valueSuggestions('compromise', 'incident', profile, [], NOW).map((s) => s.value), ['confirmed', 'ruled-out', 'undetermined']);
    assert.ok(valueSuggestions('status', null, profile, [], NOW).length > 5);
  });

  it('suggests now with a time zone offset for date-times, today for dates', () => {
    const [now] = valueSuggestions('closed_at', 'incident', profile, [], NOW);
    assert.match(now.value, ISO_WITH_OFFSET);
    const [today] = valueSuggestions('due_date', 'corrective-action', profile, [], NOW);
    assert.match(today.value, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('suggests corrective-action ids for corrective_actions and event ids for source, with titles', () => {
    const actions = valueSuggestions('corrective_actions', 'incident', profile, RECORDS, NOW);
    assert.deepEqual(actions.map((s) => s.value), ['CA-2', 'CA-10']);
    assert.equal(actions[0].detail, 'WebAuthn');
    const sources = valueSuggestions('source', 'corrective-action', profile, RECORDS, NOW);
    assert.deepEqual(sources.map((s) => s.value), ['INC-1', 'TTX-1']);
    assert.equal(sources[1].detail, 'Ransomware');
  });

  it('offers nothing for free text', () => {
    assert.deepEqual(valueSuggestions('title', 'incident', profile, RECORDS, NOW), []);
    assert.deepEqual(valueSuggestions('unknown_field', 'incident', profile, RECORDS, NOW), []);
  });
});

describe('field documentation', () => {
  it('describes what the field proves and when the type needs it', () => {
    const text = fieldMarkdown('severity', 'incident', profile);
    assert.match(text, /Triage severity/);
    assert.match(text, /CC7\.3/);
    assert.match(text, /`SEV1`/);
    assert.match(text, /Required for incident records\./);
  });

  it('says from which status a field is due, and when a type does not use it', () => {
    assert.match(requirementText('closed_at', 'incident', profile), /from status `closed`/);
    assert.match(requirementText('id', 'tabletop', profile), /every record/);
    assert.match(requirementText('severity', 'tabletop', profile), /Not used by tabletop exercise records/);
    assert.match(requirementText('criteria', 'incident', profile), /Optional/);
    assert.match(fieldMarkdown('x_custom', 'incident', profile), /not a field of the record schema/);
  });

  it('summarises a referenced record', () => {
    const text = recordMarkdown(summary({
      id: 'CA-2', type: 'corrective-action', title: 'WebAuthn', status: 'open', file: 'ca/CA-2.md',
      checklist: [{ item: 'owner', label: 'Owner', state: 'missing', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }],
      completeness: { done: 2, due: 3, total: 5 },
    }), profile);
    assert.match(text, /\*\*CA-2\*\* · Corrective action — WebAuthn/);
    assert.match(text, /`open`/);
    assert.match(text, /2\/5 done, missing now: Owner/);
  });
});
