import type { FileCheck } from '../../core/model/record';
import type { RuleInfo } from '../../core/rules/ruleCatalog';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

/** Where a format writes, piece by piece: 10,000 records need not exist as one string. */
export interface FormatSink {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Everything a format writes, collected (for tests and small outputs). */
export interface FormatOutput {
  stdout: string;
  stderr: string;
}

export interface FormatInput {
  /** `file` is already the display path: relative to the current folder, forward slashes. */
  reports: FileCheck[];
  rules: RuleInfo[];
  color: boolean;
  toolVersion: string;
}

export type Formatter = (input: FormatInput, sink: FormatSink) => void;

export function collectOutput(formatter: Formatter, input: FormatInput): FormatOutput {
  const stdout: string[] = [];
  const stderr: string[] = [];
  formatter(input, { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) });
  return { stdout: stdout.join(''), stderr: stderr.join('') };
}

export const formatters: Record<'stylish' | 'json' | 'sarif' | 'github', Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};
