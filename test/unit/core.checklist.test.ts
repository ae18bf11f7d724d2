import { strict as assert } from 'node:assert';
import { CLOSED_INCIDENT, COMPLETE_SECTIONS, checkText, record, summarize } from './coreTestKit';

describe('checklist: incident and near-miss', () => {
  it('a complete closed incident has no findings and every item done', () => {
    const result = checkText(record(CLOSED_INCIDENT, COMPLETE_SECTIONS));
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.record?.completeness, { done: 13, due: 13, total: 13 });
    assert.ok(result.record?.checklist.every((entry) => entry.state === 'done'));
  });

  it('near-miss uses the same checklist as incident', () => {
    const result = checkText(record({ ...CLOSED_INCIDENT, type: 'near-miss', id: 'NM-1' }, COMPLETE_SECTIONS));
    assert.deepEqual(result.findings, []);
    assert.equal(result.record?.completeness.total, 13);
  });

  it('always-due items are warnings before the final status, at the opening ---', () => {
    const text = record({ id: 'INC-1', title: 'T', type: 'incident', status: 'triage' });
    const result = checkText(text);
    assert.deepEqual(summarize(result.findings), [
      'detected-at@1:warning', 'detection-source@1:warning', 'owner@1:warning', 'severity@1:warning',
    ]);
    const states = Object.fromEntries(result.record!.checklist.map((entry) => [entry.item, entry.state]));
    assert.equal(states.investigation, 'pending');
    assert.equal(states['closed-at'], 'pending');
    assert.deepEqual(result.record?.completeness, { done: 0, due: 4, total: 13 });
  });

  it('missing items are errors once the record is closed', () => {
    const { closed_at: _closed, approved_by: _approved, ...rest } = CLOSED_INCIDENT;
    const { 'Lessons learned': _lessons, ...sections } = COMPLETE_SECTIONS;
    const text = record(rest, sections);
    const titleLine = text.split('\n').indexOf('# A record') + 1;
    assert.deepEqual(summarize(checkText(text).findings).sort(), ['approval@1:error', 'closed-at@1:error', `lessons-learned@${titleLine}:error`]);
  });

  it('a missing section points at the title line; an empty one at its heading', () => {
    const full = record({ ...CLOSED_INCIDENT, status: 'contained' }, { ...COMPLETE_SECTIONS, Communication: '<!-- who was told -->\n\nTBD.' });
    const text = full.replace('## Investigation\n\nWe looked at the logs.\n', '');
    const result = checkText(text);
    const byRule = Object.fromEntries(result.findings.map((finding) => [finding.rule, finding]));
    assert.equal(byRule.investigation.range.start.line, text.split('\n').indexOf('# A record'));
    assert.match(byRule.investigation.message, /"Investigation" section is missing/);
    const commsLine = text.split('\n').indexOf('## Communication');
    assert.equal(byRule.communication.range.start.line, commsLine);
    assert.match(byRule.communication.message, /"Communication" section is empty/);
  });

  it('section titles match case-insensitively and through aliases', () => {
    const sections = { ...COMPLETE_SECTIONS } as Record<string, string>;
    delete sections['Lessons learned'];
    sections.RETROSPECTIVE = 'We learned.';
    const result = checkText(record(CLOSED_INCIDENT, sections));
    assert.deepEqual(result.findings, []);
  });

  it('configured section aliases are honoured', () => {
    const sections = { ...COMPLETE_SECTIONS } as Record<string, string>;
    delete sections.Investigation;
    sections.Analysis = 'Root cause found.';
    const titleLine = record(CLOSED_INCIDENT, sections).split('\n').indexOf('# A record') + 1;
    assert.deepEqual(summarize(checkText(record(CLOSED_INCIDENT, sections)).findings), [`investigation@${titleLine}:error`]);
    const configured = checkText(record(CLOSED_INCIDENT, sections), { config: { sectionAliases: { Investigation: ['Analysis'] } } });
    assert.deepEqual(configured.findings, []);
  });

  it('"TODO", "- tbd." and comments alone are not content', () => {
    for (const body of ['TODO', '- tbd.', '<!-- later -->', '  \n\n', 'TBD!!', '1. TODO']) {
      const result = checkText(record(CLOSED_INCIDENT, { ...COMPLETE_SECTIONS, 'Lessons learned': body }));
      assert.deepEqual(result.findings.map((f) => f.rule), ['lessons-learned'], `body ${JSON.stringify(body)}`);
    }
    const real = checkText(record(CLOSED_INCIDENT, { ...COMPLETE_SECTIONS, 'Lessons learned': 'TODO: rotate keys quarterly' }));
    assert.deepEqual(real.findings, []);
  });

  it('evidence needs a link, image or code block, not inline code or prose', () => {
    const cases: Array<[string, boolean]> = [
      ['See [the alert](https://example.com/1).', true],
      ['![shot](https://example.com/x.png)', true],
      ['<https://example.com/log>', true],
      ['See [the alert][a].\n\n[a]: https://example.com/a', true],
      ['```\nlog line\n```', true],
      ['    indented log line', true],
      ['The logs are in `s3://bucket/logs`.', false],
      ['We checked the console.', false],
      ['See [the alert][missing-definition].', false],
    ];
    for (const [body, ok] of cases) {
      const result = checkText(record(CLOSED_INCIDENT, { ...COMPLETE_SECTIONS, Evidence: body }));
      assert.deepEqual(result.findings.map((f) => f.rule), ok ? [] : ['evidence'], `evidence ${JSON.stringify(body)}`);
    }
  });

  it('outcome needs the Closure section and compromise and impact', () => {
    const { compromise: _c, ...rest } = CLOSED_INCIDENT;
    const result = checkText(record(rest, COMPLETE_SECTIONS));
    assert.deepEqual(result.findings.map((f) => f.rule), ['outcome']);
    assert.match(result.findings[0].message, /`compromise` is missing/);
  });

  it('with an unknown status only always-due items are checked', () => {
    const result = checkText(record({ ...CLOSED_INCIDENT, status: 'done', severity: undefined }));
    assert.deepEqual(result.findings.map((f) => f.rule).sort(), ['schema', 'severity']);
    assert.equal(result.findings.find((f) => f.rule === 'severity')?.severity, 'warning');
  });

  it('a present but invalid field reports schema only and leaves its item not done', () => {
    const result = checkText(record({ ...CLOSED_INCIDENT, detected_at: 'yesterday' }, COMPLETE_SECTIONS));
    assert.deepEqual(result.findings.map((f) => f.rule), ['schema']);
    assert.equal(result.record?.checklist.find((e) => e.item === 'detected-at')?.state, 'missing');
  });
});

describe('checklist: tabletop and corrective-action', () => {
  it('a planned tabletop needs owner and scenario only', () => {
    const result = checkText(record({ id: 'TTX-1', title: 'Ransomware', type: 'tabletop', status: 'planned' }));
    assert.deepEqual(result.findings.map((f) => f.rule).sort(), ['owner', 'scenario']);
  });

  it('a completed tabletop needs the exercise evidence', () => {
    const result = checkText(record({ id: 'TTX-1', title: 'R', type: 'tabletop', status: 'completed', owner: 'P' }, { Scenario: 'Ransomware.' }));
    assert.deepEqual(summarize(result.findings).map((s) => s.replace(/@\d+/, '')).sort(), [
      'action-items:error', 'attendees:error', 'exercised-at:error', 'lessons-learned:error', 'observations:error',
    ]);
  });

  it('verification is due at done, rationale only at wont-do', () => {
    const base = { id: 'CA-1', title: 'Fix', type: 'corrective-action', owner: 'M', due_date: '2026-12-01', source: 'INC-1' };
    assert.deepEqual(checkText(record({ ...base, status: 'open' })).findings, []);
    assert.deepEqual(checkText(record({ ...base, status: 'done' })).findings.map((f) => f.rule), ['verification']);
    assert.deepEqual(checkText(record({ ...base, status: 'wont-do' })).findings.map((f) => f.rule), ['rationale']);
    assert.deepEqual(checkText(record({ ...base, status: 'wont-do' }, { Rationale: 'Accepted by the CISO.' })).findings, []);
  });

  it('a due date must be a date', () => {
    const result = checkText(record({ id: 'CA-1', title: 'Fix', type: 'corrective-action', status: 'open', owner: 'M', due_date: '31/12/2026', source: 'INC-1' }));
    assert.deepEqual(result.findings.map((f) => f.rule), ['schema']);
    assert.match(result.findings[0].message, /ISO 8601 date/);
  });
});
