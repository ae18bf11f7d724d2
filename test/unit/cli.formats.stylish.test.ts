import * as assert from 'node:assert/strict';
import { formatStylish } from '../../src/cli/formats/stylish';
import { collectOutput } from '../../src/cli/formats/formatOutput';
import { BROKEN_RECORD, CLEAN_RECORD, finding, range, sampleInput } from './cliFormatInputs';

const ESC = '\u001b';

describe('cli format: stylish', () => {
  it('prints each file with findings, an aligned table and a summary, without colour', () => {
    const output = collectOutput(formatStylish, sampleInput());
    assert.equal(output.stderr, '');
    assert.equal(
      output.stdout,
      [
        'incidents/INC-2.md',
        '  3:9   error    Unknown status "resovled".          schema',
        '  1:1   error    Root cause is missing.              root-cause',
        '  5:14  warning  resolved_at is before detected_at.  timeline-order',
        '',
        'notes/broken.md',
        '  2:5  error  Nested mappings are not allowed in compact mappings.  frontmatter-syntax',
        '',
        '✖ 4 problems (3 errors, 1 warning), 2 records checked',
        '',
      ].join('\n'),
    );
    assert.ok(!output.stdout.includes(ESC));
  });

  it('says how many records were checked when clean', () => {
    assert.equal(collectOutput(formatStylish, sampleInput({ reports: [CLEAN_RECORD] })).stdout, '✔ 1 record checked, no problems\n');
    assert.equal(collectOutput(formatStylish, sampleInput({ reports: [] })).stdout, '✔ 0 records checked, no problems\n');
  });

  it('colours severities, positions, rule ids and the summary when asked', () => {
    const { stdout } = collectOutput(formatStylish, sampleInput({ color: true }));
    assert.ok(stdout.includes(`${ESC}[31merror${ESC}[39m`), 'red errors');
    assert.ok(stdout.includes(`${ESC}[33mwarning${ESC}[39m`), 'yellow warnings');
    assert.ok(stdout.includes(`${ESC}[2m5:14${ESC}[22m`), 'dim positions');
    assert.ok(stdout.includes(`${ESC}[2mtimeline-order${ESC}[22m`), 'dim rule ids');
    assert.ok(stdout.includes(`${ESC}[4mincidents/INC-2.md${ESC}[24m`), 'underlined path');
    assert.ok(stdout.includes('✖ 4 problems'));
  });

  it('keeps columns aligned when colour is on', () => {
    const { stdout } = collectOutput(formatStylish, sampleInput({ color: true, reports: [BROKEN_RECORD] }));
    const plain = stdout.replace(/\u001b\[\d+m/g, '');
    assert.equal(plain, collectOutput(formatStylish, sampleInput({ reports: [BROKEN_RECORD] })).stdout);
  });

  it('counts infos and keeps a multi-line message on one row', () => {
    const report = { ...CLEAN_RECORD, findings: [finding('hint', 'info', 'first line\n  second line', range(0, 0, 0, 1))] };
    assert.equal(
      collectOutput(formatStylish, sampleInput({ reports: [report] })).stdout,
      'incidents/INC-1.md\n  1:1  info  first line second line  hint\n\n✖ 1 problem (0 errors, 0 warnings, 1 info), 1 record checked\n',
    );
  });
});
