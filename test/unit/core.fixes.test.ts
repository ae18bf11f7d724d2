import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import type { Fix } from '../../src/core';
import { LineIndex } from '../../src/core';
import { CLOSED_INCIDENT, COMPLETE_SECTIONS, checkText, record } from './coreTestKit';

function apply(text: string, fix: Fix): string {
  const lines = new LineIndex(text);
  const edits = fix.edits.map((edit) => ({ start: lines.offset(edit.range.start), end: lines.offset(edit.range.end), text: edit.newText }));
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

const template = readFileSync(new URL('../../templates/incident.md', `file://${__filename}`), 'utf8');

describe('quick fixes computed by the core', () => {
  it('inserts a missing section in template order with the template guidance', () => {
    const { Communication: _c, ...sections } = COMPLETE_SECTIONS;
    const text = record({ ...CLOSED_INCIDENT, status: 'contained' }, sections);
    const finding = checkText(text, { templates: { incident: template } }).findings.find((f) => f.rule === 'communication')!;
    const fixed = apply(text, finding.fixes![0]);
    assert.match(fixed, /## Response actions\n\nRevoked sessions.\n\n## Communication\n\n<!-- Who was told what, when[^\n]*-->\n\n## Evidence/);
    assert.deepEqual(checkText(fixed).findings.map((f) => f.rule), ['communication'], 'the section now exists but is still empty');
    assert.equal(finding.fixes![0].preferred, true);
  });

  it('appends a section at the end when nothing comes after it', () => {
    const { 'Corrective actions': _c, ...sections } = COMPLETE_SECTIONS;
    const text = record(CLOSED_INCIDENT, sections);
    const finding = checkText(text).findings.find((f) => f.rule === 'corrective-actions')!;
    assert.match(apply(text, finding.fixes![0]), /Alerting worked.\n\n## Corrective actions\n\n<!-- [^\n]+ -->\n/);
  });

  it('adds a missing date field with the current time and offset, and enum fields with each value', () => {
    const { closed_at: _c, severity: _s, ...rest } = CLOSED_INCIDENT;
    const text = record(rest, COMPLETE_SECTIONS);
    const findings = checkText(text).findings;
    const closed = findings.find((f) => f.rule === 'closed-at')!;
    assert.match(closed.fixes![0].edits[0].newText, /^closed_at: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}\n$/);
    const fixed = apply(text, closed.fixes![0]);
    assert.ok(fixed.indexOf('closed_at:') < fixed.indexOf('\n---\n', 4), 'inserted inside the frontmatter');
    const severity = findings.find((f) => f.rule === 'severity')!;
    assert.deepEqual(severity.fixes!.map((fix) => fix.title), ['Add `severity: SEV1`', 'Add `severity: SEV2`', 'Add `severity: SEV3`', 'Add `severity: SEV4`']);
    assert.deepEqual(checkText(apply(text, severity.fixes![2])).findings.map((f) => f.rule), ['closed-at']);
  });

  it('keeps CRLF line endings in inserted text', () => {
    const text = record({ ...CLOSED_INCIDENT, owner: undefined }, COMPLETE_SECTIONS).replace(/\n/g, '\r\n');
    const owner = checkText(text).findings.find((f) => f.rule === 'owner')!;
    assert.equal(owner.fixes![0].edits[0].newText, 'owner:\r\n');
    assert.equal(owner.fixes![0].title, 'Add the `owner` field (to fill in)');
  });
});
