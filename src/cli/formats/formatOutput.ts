import type { FileCheck } from '../../core/model/record';
import type { RuleInfo } from '../../core/rules/ruleCatalog';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

/** What a format prints; the caller writes it out. */
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

export type Formatter = (input: FormatInput) => FormatOutput;

export const formatters: Record<'stylish' | 'json' | 'sarif' | 'github', Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};
