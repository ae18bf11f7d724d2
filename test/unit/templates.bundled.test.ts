import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_TYPES, RecordIndex, workspaceSetup, type Finding } from '../../src/core';
import { prepareNewRecord, type NewRecordValues } from '../../src/core/templates/newRecordText';
import { checkTemplate } from '../../src/core/templates/templateProblems';

const NOW = new Date('2026-11-23T12:00:00Z');
const NOW_TEXT = '2026-11-23T13:00:00+01:00';
const bundled = (type: string) => readFileSync(join(__dirname, '../../templates', `${type}.md`), 'utf8');
const templates = Object.fromEntries(RECORD_TYPES.map((type) => [type, bundled(type)]));
const setup = workspaceSetup({}, templates);

const SOURCE = `---
id: INC-2026-001
title: Phished admin
type: incident
status: triage
severity: SEV2
owner: Dana
detected_at: 2026-11-20T08:42:00Z
detection_source: Okta alert
---

# Phished admin
`;

function values(type: string, extra: Partial<NewRecordValues> = {}): NewRecordValues {
  const prefix = setup.profile.types[type].idPrefix;
  return { id: `${prefix}-2026-014`, type, title: 'Database outage: primary down', now: NOW_TEXT, owner: 'Dana Whitfield', severity: 'SEV2', source: 'INC-2026-001', ...extra };
}

/** Makes a record from the bundled template, indexes it beside its source record and returns its findings. */
function newRecordFindings(type: string, extra: Partial<NewRecordValues> = {}): { text: string; cursor: number; findings: Finding[] } {
  const path = `${setup.profile.types[type].folder}/new.md`;
  const prepared = prepareNewRecord(templates[type], values(type, extra), setup.checker, { path, now: NOW });
  const index = new RecordIndex(setup.checker, setup.rules);
  index.update(SOURCE, { path: 'incidents/INC-2026-001.md', now: NOW });
  index.update(prepared.text, { path, now: NOW });
  return { text: prepared.text, cursor: prepared.cursor, findings: index.findingsFor(path) };
}

const rules = (findings: Finding[]) => [...new Set(findings.map((finding) => finding.rule))].sort();

describe('bundled templates', () => {
  for (const type of RECORD_TYPES) {
    it(`${type}: passes its own checks (no problems, no unknown variables, every checklist section present)`, () => {
      const report = checkTemplate(templates[type], type, setup.checker, NOW);
      assert.deepEqual(report.problems.map((finding) => `${finding.rule}: ${finding.message}`), []);
      assert.deepEqual(report.unknownVariables, []);
    });
  }

  describe("a new record's only findings are what a person must supply", () => {
    const expected: Record<string, string[]> = {
      incident: ['detection-source'],
      'near-miss': ['detection-source'],
      tabletop: ['scenario'],
      'corrective-action': ['due-date'],
    };
    for (const type of RECORD_TYPES) {
      it(type, () => {
        const { findings } = newRecordFindings(type);
        assert.deepEqual(rules(findings), expected[type], findings.map((finding) => finding.message).join('\n'));
        assert.ok(findings.every((finding) => finding.severity === 'warning'));
      });
    }
  });

  it('a record without owner or severity asks for them too, and nothing else', () => {
    assert.deepEqual(rules(newRecordFindings('incident', { owner: '', severity: '' }).findings), ['detection-source', 'owner', 'severity']);
  });

  describe('the cursor starts at the first thing to fill in', () => {
    const lineAt = (text: string, offset: number) => text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
    it('incidents and near misses: after "detection_source: "', () => {
      for (const type of ['incident', 'near-miss']) {
        const { text, cursor } = newRecordFindings(type);
        assert.equal(lineAt(text, cursor), 'detection_source: ');
        assert.match(text.slice(cursor), /^\n/);
      }
    });

    it('corrective actions: after "due_date: "', () => {
      const { text, cursor } = newRecordFindings('corrective-action');
      assert.equal(lineAt(text, cursor), 'due_date: ');
    });

    it('tabletops: on the empty line after the Scenario guidance', () => {
      const { text, cursor } = newRecordFindings('tabletop');
      const before = text.slice(0, cursor);
      assert.match(before, /## Scenario\n\n<!--[^\n]*-->\n$/);
      assert.match(text.slice(cursor), /^\n## Observations/);
    });

    it('a missing owner comes first, as it comes first in the frontmatter', () => {
      const { text, cursor } = newRecordFindings('incident', { owner: '' });
      assert.equal(lineAt(text, cursor), 'owner: ');
    });
  });

  it('a corrective action names its source, and the source exists', () => {
    const { text, findings } = newRecordFindings('corrective-action');
    assert.match(text, /^source: INC-2026-001$/m);
    assert.ok(!findings.some((finding) => finding.rule === 'unknown-reference'));
  });

  it('titles that need quoting stay valid YAML and keep the heading readable', () => {
    const { text, findings } = newRecordFindings('incident', { title: '#3 [draft]: "quoted", 404' });
    assert.match(text, /^title: "#3 \[draft\]: \\"quoted\\", 404"$/m);
    assert.match(text, /^# #3 \[draft\]: "quoted", 404$/m);
    assert.deepEqual(rules(findings), ['detection-source']);
  });
});

describe('team templates that would make failing records are reported', () => {
  const report = (template: string, type = 'incident') => checkTemplate(template, type, setup.checker, NOW);
  const problemRules = (template: string, type?: string) => report(template, type).problems.map((finding) => finding.rule);

  it('a template of the wrong type (or none)', () => {
    assert.deepEqual(problemRules(templates.tabletop, 'incident').slice(0, 1), ['template']);
    assert.deepEqual(problemRules('# Just text\n').slice(0, 1), ['template']);
  });

  it('a template with an invalid value', () => {
    assert.ok(problemRules(templates.incident.replace('status: triage', 'status: new')).includes('schema'));
  });

  it('a template without a section the checklist asks for, even one due later', () => {
    const withoutEvidence = templates.incident.replace(/## Evidence\n\n<!--[^\n]*-->\n\n/, '');
    const problems = report(withoutEvidence).problems;
    assert.deepEqual(problems.map((finding) => finding.rule), ['template']);
    assert.match(problems[0].message, /"Evidence"/);
  });

  it('a template without a field a person must fill in', () => {
    assert.ok(problemRules(templates.incident.replace('detection_source:\n', '')).includes('detection-source'));
  });

  it('unknown variables', () => {
    assert.deepEqual(report(templates.incident.replace('# {{title}}', '# {{title}} {{ticket}}')).unknownVariables, ['ticket']);
  });
});
