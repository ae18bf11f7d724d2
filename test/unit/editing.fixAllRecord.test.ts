import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RecordChecker } from '../../src/core/checks/recordChecker';
import { planFixAll } from '../../src/core/editing/fixAll';
import type { TextEdit } from '../../src/core/model/finding';
import { buildProfile } from '../../src/core/profile/profile';
import { LineIndex } from '../../src/core/text/lineIndex';

const profile = buildProfile();
const templates = { incident: readFileSync(join(__dirname, '../../templates/incident.md'), 'utf8') };
const checker = new RecordChecker(profile, templates);
const ruleOrder = profile.types.incident.checklist.map((item) => item.id);

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  let result = text;
  for (const edit of [...edits].reverse()) result = result.slice(0, lines.offset(edit.range.start)) + edit.newText + result.slice(lines.offset(edit.range.end));
  return result;
}

function fixAll(text: string): string {
  const { findings } = checker.check(text, { path: 'incidents/INC-1.md', now: new Date('2026-03-05T12:00:00Z') });
  return applyEdits(text, planFixAll(findings, ruleOrder).edits);
}

const headings = (text: string) => text.split(/\r?\n/).filter((line) => line.startsWith('## ')).map((line) => line.slice(3));

const FRONTMATTER = [
  '---', 'id: INC-1', 'title: T', 'type: incident', 'status: closed', 'severity: SEV2', 'owner: A',
  'detected_at: 2026-03-01T10:00:00Z', 'detection_source: alert', '---', '', '# T', '',
];

describe('planFixAll on the core’s own fixes', () => {
  it('inserts every missing section in template order, including several at one position', () => {
    const text = [...FRONTMATTER, '## Summary', '', 'Something.', '', '## Closure', '', 'Done.', ''].join('\n');
    assert.deepEqual(headings(fixAll(text)), [
      'Summary', 'Investigation', 'Response actions', 'Communication', 'Evidence', 'Closure', 'Lessons learned', 'Corrective actions',
    ]);
  });

  it('sorts the timeline and inserts sections in one pass, and a second pass finds nothing left to do', () => {
    const text = [...FRONTMATTER, '## Timeline', '', '- 2026-03-01T11:00Z b', '- 2026-03-01T10:00Z a', '', '## Lessons learned', '', 'x', ''].join('\n');
    const fixed = fixAll(text);
    assert.match(fixed, /- 2026-03-01T10:00Z a\n- 2026-03-01T11:00Z b\n/);
    assert.deepEqual(headings(fixed), ['Timeline', 'Investigation', 'Response actions', 'Communication', 'Evidence', 'Closure', 'Lessons learned', 'Corrective actions']);
    assert.equal(fixAll(fixed), fixed);
  });

  it('keeps CRLF line breaks', () => {
    const text = [...FRONTMATTER, '## Summary', '', 'x', ''].join('\r\n');
    const fixed = fixAll(text);
    assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF');
    assert.ok(headings(fixed).includes('Evidence'));
  });
});

describe('planFixAll at the end of a file', () => {
  it('separates sections appended together by exactly one blank line', () => {
    const text = [...FRONTMATTER, '## Summary', '', 'x', '', '## Closure', '', 'Done.'].join('\n');
    const fixed = fixAll(text);
    assert.ok(!/\n\n\n/.test(fixed.trimEnd()), JSON.stringify(fixed.slice(-200)));
    assert.match(fixed, /Done\.\n\n## Lessons learned\n\n<!--[^\n]*-->\n\n## Corrective actions\n/);
  });
});
