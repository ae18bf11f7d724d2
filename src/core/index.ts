/** The core's public surface, shared by the extension, the CLI and the evidence pack. */
export type { Finding, Fix, Position, Range, RelatedLocation, Severity, TextEdit } from './model/finding';
export type { ChecklistEntry, Completeness, FileCheck, ItemState, RecordSummary, ReferenceValue } from './model/record';
export { formatNowWithOffset, parseIsoDateTime } from './model/dates';
export { RecordChecker, sortFindings, tooLargeCheck } from './checks/recordChecker';
export type { CheckEnvironment } from './checks/recordContext';
export { RecordIndex } from './index/recordIndex';
export { CONFIG_FILE_NAME, parseConfig, type IncidentRecordsConfig } from './config/config';
export { workspaceSetup, type WorkspaceSetup } from './config/workspaceSetup';
export { PathFilter, globToRegExp } from './config/glob';
export type { RuleSeverities, RuleSetting } from './config/ruleSeverities';
export { buildProfile, RECORD_TYPES, type Profile, type RecordTypeProfile, type ChecklistItem } from './profile/profile';
export { describeRules, MAX_FILE_BYTES, RULES, ruleDocsAnchor, type RuleInfo } from './rules/ruleCatalog';
export { LineIndex } from './text/lineIndex';
export { dirname, normalizeRelative, resolveRelativeLink } from './text/workspacePaths';
