import * as assert from 'node:assert/strict';
import { formatJson } from '../../src/cli/formats/json';
import { collectOutput, formatters } from '../../src/cli/formats/formatOutput';
import { CLEAN_RECORD, sampleInput } from './cliFormatInputs';

describe('cli format: json', () => {
  it('prints one object with an entry per report, sorted by file, positions 1-based', () => {
    const output = collectOutput(formatJson, sampleInput());
    assert.equal(output.stderr, '');
    assert.deepEqual(JSON.parse(output.stdout), {
      version: 1,
      records: [
        {
          file: 'incidents/INC-1.md',
          id: 'INC-1',
          type: 'incident',
          status: 'closed',
          checklist: [{ item: 'root-cause', state: 'done' }],
          completeness: { done: 1, due: 1, total: 1 },
          diagnostics: [],
        },
        {
          file: 'incidents/INC-2.md',
          id: 'INC-2',
          type: 'incident',
          status: 'resolved',
          checklist: [
            { item: 'root-cause', state: 'missing' },
            { item: 'timeline', state: 'done' },
            { item: 'lessons', state: 'pending' },
          ],
          completeness: { done: 1, due: 2, total: 3 },
          diagnostics: [
            { rule: 'schema', severity: 'error', message: 'Unknown status "resovled".', line: 3, column: 9, endLine: 3, endColumn: 17 },
            { rule: 'root-cause', severity: 'error', message: 'Root cause is missing.', line: 1, column: 1, endLine: 1, endColumn: 4 },
            { rule: 'timeline-order', severity: 'warning', message: 'resolved_at is before detected_at.', line: 5, column: 14, endLine: 5, endColumn: 34 },
          ],
        },
        {
          file: 'notes/broken.md',
          id: null,
          type: null,
          status: null,
          checklist: [],
          completeness: { done: 0, due: 0, total: 0 },
          diagnostics: [
            { rule: 'frontmatter-syntax', severity: 'error', message: 'Nested mappings are not allowed in compact mappings.', line: 2, column: 5, endLine: 2, endColumn: 10 },
          ],
        },
      ],
      summary: { records: 3, errors: 3, warnings: 1 },
    });
  });

  it('prints one record per line, compactly, and ends with a newline', () => {
    const { stdout } = collectOutput(formatJson, sampleInput({ reports: [CLEAN_RECORD, CLEAN_RECORD] }));
    const lines = stdout.split('\n');
    assert.equal(lines[0], '{"version":1,"records":[');
    assert.ok(lines[1].startsWith('{"file":') && lines[1].endsWith('},'));
    assert.ok(lines[2].startsWith('{"file":') && lines[2].endsWith('}'));
    assert.match(lines[3], /^\],"summary":\{"records":2,/);
    assert.ok(stdout.endsWith('}\n') && !stdout.endsWith('\n\n'));
  });

  it('prints an empty list and zero counts when nothing was checked', () => {
    assert.deepEqual(JSON.parse(collectOutput(formatJson, sampleInput({ reports: [] })).stdout), {
      version: 1,
      records: [],
      summary: { records: 0, errors: 0, warnings: 0 },
    });
  });

  it('is the formatter registered as "json"', () => {
    assert.equal(formatters.json, formatJson);
  });
});
