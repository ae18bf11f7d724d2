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

/** A SARIF 2.1.0 log with one run, for GitHub code scanning and other SARIF viewers. */
export function formatSarif(input: FormatInput, sink: FormatSink): void {
  const reports = sortedByFile(input.reports);
  const rules = sarifRules(input.rules, reports);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = reports.flatMap((report) =>
    report.findings.map((finding) => toResult(report.file, finding, ruleIndex.get(finding.rule) ?? -1)),
  );
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
        results,
      },
    ],
  };
  sink.stdout(`${JSON.stringify(log, null, 2)}\n`);
}

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
