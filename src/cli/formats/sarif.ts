import type { Finding } from '../../core/model/finding';
import type { FormatInput, FormatSink } from './formatOutput';
import { toOneBased } from './oneBasedRange';
import { sortedByFile } from './reportOrder';
import { SARIF_LEVEL, sarifRules, TOOL_INFORMATION_URI, type SarifLevel, type SarifRule } from './sarifRules';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Display paths are relative to the folder the CLI ran in; consumers such as code scanning resolve them. */
const SOURCE_ROOT = '%SRCROOT%';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }>;
}

/**
 * A SARIF 2.1.0 log with one run, for GitHub code scanning and other SARIF viewers. Written as
 * `JSON.stringify(log, null, 2)` would write it, but result by result: 10,000 records' results as one
 * object tree and one string would double the CLI's memory.
 */
export function formatSarif(input: FormatInput, sink: FormatSink): void {
  const reports = sortedByFile(input.reports);
  const rules = sarifRules(input.rules, reports);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'incident-records', version: input.toolVersion, informationUri: TOOL_INFORMATION_URI, rules: rules satisfies SarifRule[] },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { description: { text: 'The folder incident-records was run from.' } } },
        // Finding ranges count UTF-16 code units, as VS Code does.
        columnKind: 'utf16CodeUnits',
        results: [] as SarifResult[],
      },
    ],
  };
  const [head, tail] = JSON.stringify(log, null, 2).split(RESULTS_PLACEHOLDER);
  sink.stdout(head);
  let first = true;
  for (const report of reports) {
    for (const finding of report.findings) {
      const result = JSON.stringify(toResult(report.file, finding, ruleIndex.get(finding.rule) ?? -1), null, 2);
      sink.stdout(`${first ? '"results": [\n' : ',\n'}${RESULT_INDENT}${result.replace(/\n/g, `\n${RESULT_INDENT}`)}`);
      first = false;
    }
  }
  sink.stdout(first ? '"results": []' : `\n${RESULT_INDENT.slice(2)}]`);
  sink.stdout(`${tail}\n`);
}

/** How `"results": []` appears in the pretty-printed log, and the indentation of its items (runs[0].results[i]). */
const RESULTS_PLACEHOLDER = '"results": []';
const RESULT_INDENT = ' '.repeat(8);

function toResult(file: string, finding: Finding, ruleIndex: number): SarifResult {
  const at = toOneBased(finding.range);
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: SARIF_LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUriReference(file), uriBaseId: SOURCE_ROOT },
          region: { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn },
        },
      },
    ],
  };
}

/** Percent-encodes each path segment: a space, `#` or `%` in a file name would otherwise break the URI. */
function toUriReference(displayPath: string): string {
  return displayPath.split('/').map(encodeURIComponent).join('/');
}
