import { strict as assert } from 'node:assert';
import { CLOSED_INCIDENT, COMPLETE_SECTIONS, checkText, record, summarize } from './coreTestKit';

const minimal = '---\nid: INC-1\ntitle: T\ntype: incident\nstatus: triage\nseverity: SEV1\nowner: A\ndetected_at: 2026-01-01\ndetection_source: alert\n---\n# T\n';

describe('frontmatter', () => {
  it('a file without frontmatter, or whose type is not a record type, is not a record', () => {
    for (const text of ['# Just notes\n', '---\ntitle: Notes\n---\n', '---\ntype: meeting\nid: x\n---\n', '---\n---\n# empty\n', '']) {
      const result = checkText(text);
      assert.equal(result.record, null, JSON.stringify(text));
      assert.deepEqual(result.findings, []);
    }
  });

  it('without a closing line there is no frontmatter', () => {
    const result = checkText('---\nid: INC-1\ntype: incident\n\n# No closing line\n');
    assert.equal(result.record, null);
    assert.deepEqual(result.findings, []);
  });

  it('accepts ---yaml / ---yml openers, ... closers, CRLF and a BOM', () => {
    for (const text of [
      minimal.replace(/^---\n/, '---yaml\n'),
      minimal.replace(/^---\n/, '---yml\n'),
      minimal.replace('\n---\n# T', '\n...\n# T'),
      minimal.replace(/\n/g, '\r\n'),
      `\uFEFF${minimal}`,
    ]) {
      const result = checkText(text);
      assert.equal(result.record?.id, 'INC-1', JSON.stringify(text.slice(0, 12)));
      assert.deepEqual(result.findings, []);
    }
  });

  it('dates may be dates or date-times with a zone; a zone-less date-time is invalid', () => {
    assert.deepEqual(checkText(minimal.replace('2026-01-01', '2026-01-01T10:00:00+02:00')).findings, []);
    assert.deepEqual(checkText(minimal.replace('2026-01-01', '2026-01-01 10:00:00Z')).findings, []);
    const bad = checkText(minimal.replace('2026-01-01', '2026-01-01T10:00'));
    assert.deepEqual(summarize(bad.findings), ['schema@8:error']);
    assert.deepEqual(bad.findings[0].range, { start: { line: 7, character: 13 }, end: { line: 7, character: 29 } });
    assert.deepEqual(summarize(checkText(minimal.replace('2026-01-01', '2026-02-30')).findings), ['schema@8:error']);
  });

  it('null, empty strings and empty lists are missing', () => {
    const text = record({ ...CLOSED_INCIDENT, owner: '""', approved_by: '~', severity: '' }, COMPLETE_SECTIONS);
    assert.deepEqual(checkText(text).findings.map((f) => f.rule).sort(), ['approval', 'owner', 'severity']);
    const ttx = record({ id: 'T', title: 'T', type: 'tabletop', status: 'completed', owner: 'o', exercised_at: '2026-01-01', attendees: '[]' }, { Scenario: 's', Observations: 'o', 'Action items': 'a', 'Lessons learned': 'l' });
    assert.deepEqual(checkText(ttx).findings.map((f) => f.rule), ['attendees']);
  });

  it('unknown extra fields are allowed', () => {
    assert.deepEqual(checkText(minimal.replace('owner: A', 'owner: A\njira: SEC-12\nteam_channel: "#sec"')).findings, []);
  });
});

describe('schema rule', () => {
  it('reports an unknown severity at its value with a replacement fix per valid value', () => {
    const result = checkText(minimal.replace('SEV1', 'high'));
    assert.deepEqual(summarize(result.findings), ['schema@6:error']);
    assert.deepEqual(result.findings[0].range, { start: { line: 5, character: 10 }, end: { line: 5, character: 14 } });
    assert.match(result.findings[0].message, /`severity` is "high", which is not one of: SEV1, SEV2, SEV3, SEV4/);
    assert.deepEqual(result.findings[0].fixes?.map((fix) => fix.edits[0].newText), ['SEV1', 'SEV2', 'SEV3', 'SEV4']);
  });

  it('honours a configured severity vocabulary', () => {
    const config = { severities: ['P1', 'P2'] };
    assert.deepEqual(checkText(minimal.replace('SEV1', 'P2'), { config }).findings, []);
    assert.deepEqual(summarize(checkText(minimal, { config }).findings), ['schema@6:error']);
  });

  it('reports an unknown status, and missing id, title or status at the opening line', () => {
    assert.deepEqual(summarize(checkText(minimal.replace('status: triage', 'status: open')).findings), ['schema@5:error']);
    const result = checkText(minimal.replace('id: INC-1\ntitle: T\n', ''));
    assert.deepEqual(summarize(result.findings), ['schema@1:error', 'schema@1:error']);
    assert.match(result.findings.map((f) => f.message).join(' '), /Missing `id`.*Missing `title`|Missing `title`.*Missing `id`/);
  });

  it('checks criteria codes item by item', () => {
    const result = checkText(minimal.replace('owner: A', 'owner: A\ncriteria: [CC7.3, C7.4, CC7]'));
    assert.deepEqual(result.findings.map((f) => f.range.start.character), [18, 24]); // `criteria: [CC7.3, C7.4, CC7]`
    assert.match(result.findings[0].message, /"C7.4", which is not a SOC 2 criterion code/);
  });

  it('reports wrong types', () => {
    const result = checkText(minimal.replace('owner: A', 'owner: [A, B]'));
    assert.deepEqual(summarize(result.findings), ['schema@7:error']);
    assert.match(result.findings[0].message, /`owner` must be text, not a list/);
  });
});

describe('frontmatter-syntax rule', () => {
  it('reports YAML that does not parse, at the error', () => {
    const result = checkText('---\nid: INC-1\ntitle: [unclosed\ntype: incident\n---\n');
    assert.deepEqual(result.findings.map((f) => f.rule), ['frontmatter-syntax']);
    assert.equal(result.record, null);
    assert.ok(result.findings[0].range.start.line >= 1);
  });

  it('refuses JavaScript, CoffeeScript and TOML frontmatter without evaluating it', () => {
    for (const lang of ['js', 'javascript', 'coffee', 'toml', 'json']) {
      const text = `---${lang}\n{ type: (() => { throw new Error('executed') })() }\n---\n`;
      const result = checkText(text);
      assert.deepEqual(summarize(result.findings), ['frontmatter-syntax@1:error'], lang);
      assert.match(result.findings[0].message, /only YAML is read/);
    }
  });

  it('requires a mapping', () => {
    assert.match(checkText('---\n- a\n- b\n---\n').findings[0].message, /not a list/);
    assert.match(checkText('---\njust text\n---\n').findings[0].message, /not a single value/);
  });

  it('bounds alias expansion (billion laughs) and nesting depth', () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const bomb = checkText(`---\ntype: incident\n${laughs.join('\n')}\n---\n`);
    assert.deepEqual(bomb.findings.map((f) => f.rule), ['frontmatter-syntax']);
    assert.match(bomb.findings[0].message, /alias/);
    const deep = checkText(`---\ntype: incident\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`);
    assert.deepEqual(deep.findings.map((f) => f.rule), ['frontmatter-syntax']);
    let block = 'type: incident\n';
    for (let i = 0; i < 60; i++) block += `${' '.repeat(i)}k${i}:\n`;
    assert.deepEqual(checkText(`---\n${block}---\n`).findings.map((f) => f.rule), ['frontmatter-syntax']);
  });

  it('leaves unknown tags inert', () => {
    const result = checkText(minimal.replace('owner: A', 'owner: !!js/function "function(){ return 1 }"'));
    assert.ok(result.findings.every((f) => f.rule !== 'owner'));
  });

  it('rejects duplicate keys', () => {
    assert.deepEqual(checkText(minimal.replace('owner: A', 'owner: A\nowner: B')).findings.map((f) => f.rule), ['frontmatter-syntax']);
  });
});
