import * as assert from 'node:assert/strict';
import Ajv from 'ajv';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import { formatSarif } from '../../src/cli/formats/sarif';
import { collectOutput } from '../../src/cli/formats/formatOutput';
import { RULES as CATALOG } from '../../src/core/rules/ruleCatalog';
import { finding, range, sampleInput } from './cliFormatInputs';

/**
 * The SARIF 2.1.0 schema as shipped by @microsoft/jest-sarif (Microsoft's sarif-js-sdk), the final
 * "rtm.5" text of 2.1.0. It declares draft-04, which Ajv 8 does not load, so it is compiled as
 * draft-07: the keywords it uses mean the same in both, only `id` is spelled `$id`.
 */
const { $schema: _draft04, id: schemaId, ...schemaBody } = sarifSchema;
// unicodeRegExp off: the schema's `language` pattern has a stray `]` that only non-Unicode regexps accept.
const validateSarif = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false }).compile({ ...schemaBody, $id: schemaId });

/** A plain boolean, not Ajv's type guard: the log stays loosely typed for the assertions after it. */
function assertValidSarif(log: unknown): void {
  assert.ok(validateSarif(log) as boolean, JSON.stringify(validateSarif.errors, null, 2));
}

function sarifOf(...args: Parameters<typeof sampleInput>) {
  return JSON.parse(collectOutput(formatSarif, sampleInput(...args)).stdout);
}

describe('cli format: sarif', () => {
  it('is valid against the SARIF 2.1.0 schema', () => {
    const log = sarifOf();
    assertValidSarif(log);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$/);
  });

  it('is laid out as a two-space pretty print, with results or without', () => {
    for (const input of [sampleInput(), sampleInput({ reports: [] })]) {
      const { stdout } = collectOutput(formatSarif, input);
      assert.equal(stdout, `${JSON.stringify(JSON.parse(stdout), null, 2)}\n`);
    }
    assert.ok(sarifOf().runs[0].results.length > 1, 'the sample has several results');
    assert.deepEqual(sarifOf({ reports: [] }).runs[0].results, []);
  });

  it('the validator does reject a broken log', () => {
    const log = sarifOf();
    log.runs[0].results[0].level = 'info';
    assert.equal(validateSarif(log) as boolean, false);
  });

  it('describes the tool and every catalog rule', () => {
    const driver = sarifOf().runs[0].tool.driver;
    assert.equal(driver.name, 'incident-records');
    assert.equal(driver.version, '1.2.3');
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(
      driver.rules.map((rule: { id: string }) => rule.id),
      ['frontmatter-syntax', 'schema', 'timeline-order', 'root-cause'],
    );
    const schema = driver.rules[1];
    assert.deepEqual(schema.shortDescription, { text: 'A field is present but invalid.' });
    assert.deepEqual(schema.fullDescription, { text: 'A field is present but invalid. Or id is missing.' });
    assert.match(schema.help.text, /^A field is present but invalid\. Or id is missing\./);
    assert.match(schema.help.markdown, /\[schema\]\(https:\/\/.*#rule-schema\)/);
    assert.deepEqual(schema.defaultConfiguration, { level: 'error' });
    assert.deepEqual(driver.rules[2].defaultConfiguration, { level: 'warning' });
  });

  it('reports each finding with its rule index, level and 1-based region, files sorted', () => {
    const run = sarifOf().runs[0];
    assert.deepEqual(run.originalUriBaseIds['%SRCROOT%'].description, { text: 'The folder incident-records was run from.' });
    assert.deepEqual(
      run.results.map((result: { ruleId: string; ruleIndex: number; level: string }) => [result.ruleId, result.ruleIndex, result.level]),
      [
        ['schema', 1, 'error'],
        ['root-cause', 3, 'error'],
        ['timeline-order', 2, 'warning'],
        ['frontmatter-syntax', 0, 'error'],
      ],
    );
    assert.deepEqual(run.results[2], {
      ruleId: 'timeline-order',
      ruleIndex: 2,
      level: 'warning',
      message: { text: 'resolved_at is before detected_at.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'incidents/INC-2.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 5, startColumn: 14, endLine: 5, endColumn: 34 },
          },
        },
      ],
    });
  });

  it('adds a minimal descriptor for a rule the catalog does not know, maps info to note, encodes the uri', () => {
    const report = { file: 'my notes/#1.md', record: null, findings: [finding('custom-rule', 'info', 'fyi', range(0, 0, 0, 2))] };
    const log = sarifOf({ reports: [report] });
    assertValidSarif(log);
    const run = log.runs[0];
    assert.deepEqual(run.tool.driver.rules.at(-1), { id: 'custom-rule' });
    assert.equal(run.results[0].ruleIndex, 4);
    assert.equal(run.results[0].level, 'note');
    assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'my%20notes/%231.md');
  });

  it('is valid with the real rule catalog', () => {
    assertValidSarif(sarifOf({ rules: Object.values(CATALOG) }));
  });

  it('is valid with no results', () => {
    const log = sarifOf({ reports: [] });
    assertValidSarif(log);
    assert.deepEqual(log.runs[0].results, []);
  });
});
