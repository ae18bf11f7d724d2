import * as assert from 'node:assert/strict';
import { escapeData, escapeProperty, formatGithub } from '../../src/cli/formats/github';
import { collectOutput } from '../../src/cli/formats/formatOutput';
import { CLEAN_RECORD, finding, range, sampleInput } from './cliFormatInputs';

describe('cli format: github', () => {
  it('prints one workflow command per finding, files sorted, findings in order, 1-based', () => {
    const output = collectOutput(formatGithub, sampleInput());
    assert.equal(
      output.stdout,
      [
        '::error file=incidents/INC-2.md,line=3,col=9,endLine=3,endColumn=17,title=schema::Unknown status "resovled".',
        '::error file=incidents/INC-2.md,line=1,col=1,endLine=1,endColumn=4,title=root-cause::Root cause is missing.',
        '::warning file=incidents/INC-2.md,line=5,col=14,endLine=5,endColumn=34,title=timeline-order::resolved_at is before detected_at.',
        '::error file=notes/broken.md,line=2,col=5,endLine=2,endColumn=10,title=frontmatter-syntax::Nested mappings are not allowed in compact mappings.',
        '',
      ].join('\n'),
    );
    assert.equal(output.stderr, 'incident-records: 4 problems (3 errors, 1 warning), 2 records checked\n');
  });

  it('uses notice for info findings', () => {
    const report = { file: 'a.md', record: null, findings: [finding('hint', 'info', 'fyi', range(0, 0, 0, 1))] };
    assert.equal(collectOutput(formatGithub, sampleInput({ reports: [report] })).stdout, '::notice file=a.md,line=1,col=1,endLine=1,endColumn=2,title=hint::fyi\n');
  });

  it('escapes the message and, more strictly, the property values', () => {
    const report = {
      file: 'odd dir/a:b,c%.md',
      record: null,
      findings: [finding('schema', 'error', '100% wrong:\r\nsee, here', range(0, 0, 0, 1))],
    };
    assert.equal(
      collectOutput(formatGithub, sampleInput({ reports: [report] })).stdout,
      '::error file=odd dir/a%3Ab%2Cc%25.md,line=1,col=1,endLine=1,endColumn=2,title=schema::100%25 wrong:%0D%0Asee, here\n',
    );
  });

  it('escapes % before anything else so escapes are not escaped twice', () => {
    assert.equal(escapeData('%0A\n'), '%250A%0A');
    assert.equal(escapeProperty('%3A:,\r'), '%253A%3A%2C%0D');
  });

  it('prints nothing on stdout when clean, and the record count on stderr', () => {
    const output = collectOutput(formatGithub, sampleInput({ reports: [CLEAN_RECORD] }));
    assert.equal(output.stdout, '');
    assert.equal(output.stderr, 'incident-records: 1 record checked, no problems\n');
  });
});
