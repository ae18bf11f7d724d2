// The contract of parseYamlFrontmatter, whichever path (fast or exact) reads the input.
import { strict as assert } from 'node:assert';
import { parseYamlFrontmatterFast } from '../../src/core/parse/yaml/fastYaml';
import { MAX_ALIAS_COUNT, MAX_NESTING_DEPTH, parseYamlFrontmatter, type YamlResult } from '../../src/core/parse/yamlFrontmatter';

function read(source: string, offset = 0): Extract<YamlResult, { ok: true }> {
  const result = parseYamlFrontmatter(source, offset);
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
}

function refusal(source: string, offset = 0): Extract<YamlResult, { ok: false }> {
  const result = parseYamlFrontmatter(source, offset);
  if (result.ok) throw new Error(`read: ${JSON.stringify(result.data)}`);
  return result;
}

describe('parseYamlFrontmatter', () => {
  it('reads a typical record fast, with positions in the file', () => {
    const source = 'id: INC-1\ntitle: "Outage: db #1"  # note\nseverity:\ncriteria: [CC7.2, CC7.3]\nactions:\n  - CA-1\n  - CA-2\nsummary: |\n  Two\n  lines\n';
    assert.notEqual(parseYamlFrontmatterFast(source, 4), null);
    const { data, fields } = read(source, 4);
    assert.deepEqual(data, { id: 'INC-1', title: 'Outage: db #1', severity: null, criteria: ['CC7.2', 'CC7.3'], actions: ['CA-1', 'CA-2'], summary: 'Two\nlines\n' });
    const at = (text: string) => 4 + source.indexOf(text);
    assert.deepEqual(fields.get('title'), { keyStart: at('title'), keyEnd: at('title') + 5, valueStart: at('"Outage'), valueEnd: at('  # note'), items: [] });
    assert.deepEqual(fields.get('severity'), { keyStart: at('severity'), keyEnd: at('severity') + 8, valueStart: at('severity') + 9, valueEnd: at('severity') + 9, items: [] });
    assert.deepEqual(fields.get('criteria')?.items, [
      { start: at('CC7.2'), end: at('CC7.2') + 5 },
      { start: at('CC7.3'), end: at('CC7.3') + 5 },
    ]);
    assert.deepEqual(fields.get('actions'), {
      keyStart: at('actions'),
      keyEnd: at('actions') + 7,
      valueStart: at('- CA-1'),
      valueEnd: at('summary'),
      items: [
        { start: at('CA-1'), end: at('CA-1') + 4 },
        { start: at('CA-2'), end: at('CA-2') + 4 },
      ],
    });
    assert.deepEqual(fields.get('summary'), { keyStart: at('summary'), keyEnd: at('summary') + 7, valueStart: at('|'), valueEnd: 4 + source.length, items: [] });
  });

  it('uses the YAML 1.2 core schema: timestamps and yes/no stay strings', () => {
    const { data } = read('at: 2026-03-01T08:00:00Z\nday: 2026-03-01\nyes: no\nn: 0o17\nx: 0x1F\nf: 1.50\ninf: -.inf\nb: True\nz: ~\nsep: 1_000\n');
    assert.deepEqual(data, { at: '2026-03-01T08:00:00Z', day: '2026-03-01', yes: 'no', n: 15, x: 31, f: 1.5, inf: -Infinity, b: true, z: null, sep: '1_000' });
  });

  it('keeps unknown tags inert strings and executes nothing', () => {
    const { data } = read('owner: !!js/function "function () { return 1 }"\nx: !custom 5\n');
    assert.deepEqual(data, { owner: 'function () { return 1 }', x: '5' });
  });

  it('refuses syntax errors with their position', () => {
    const result = refusal('title: [unclosed\ntype: incident\n', 10);
    assert.match(result.message, /^YAML error: /);
    assert.ok(result.start >= 10 && result.end > result.start);
    assert.match(refusal('a: 1\na: 2\n').message, /unique/i);
  });

  it('refuses roots that are not mappings', () => {
    assert.match(refusal('- a\n- b\n').message, /not a list/);
    assert.match(refusal('just text\n').message, /not a single value/);
  });

  it('bounds alias expansion and nesting', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 6; i++) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    assert.match(refusal(laughs.join('\n')).message, new RegExp(`aliases expand beyond the limit of ${MAX_ALIAS_COUNT}`));
    const deep = refusal(`a: ${'['.repeat(MAX_NESTING_DEPTH + 1)}${']'.repeat(MAX_NESTING_DEPTH + 1)}\n`, 4);
    assert.match(deep.message, /nests deeper/);
    assert.equal(deep.start, 4 + 3 + MAX_NESTING_DEPTH);
  });
});
