import type { RecordChecker } from '../checks/recordChecker';
import { sortFindings } from '../checks/recordChecker';
import type { CheckEnvironment } from '../checks/recordContext';
import type { Finding } from '../model/finding';
import type { FileCheck, RecordSummary } from '../model/record';
import { applyRuleSeverities, type RuleSeverities } from '../config/ruleSeverities';
import { crossRecordFindings, type RecordLookup } from './crossRecordFindings';
import { FilesById } from './filesById';

/**
 * Every checked Markdown file of a workspace, kept current one file at a time. Cross-record rules
 * (`duplicate-id`, `unknown-reference`) are evaluated from it on demand, so an update never re-parses
 * other files; `update` and `remove` return every file whose findings may have changed.
 */
export class RecordIndex implements RecordLookup {
  private readonly files = new Map<string, FileCheck>();
  private readonly idToFiles = new FilesById();
  /** Record id → files that name it in `corrective_actions` or `source`. */
  private readonly referrers = new FilesById();

  constructor(private checker: RecordChecker, private rules: RuleSeverities = {}) {}

  /** Swaps the configuration; the caller re-adds the files (config changes are rare and global). */
  reset(checker: RecordChecker, rules: RuleSeverities): void {
    this.checker = checker;
    this.rules = rules;
    this.files.clear();
    this.idToFiles.clear();
    this.referrers.clear();
  }

  update(text: string, env: CheckEnvironment): Set<string> {
    return this.put(this.checker.check(text, env));
  }

  /** Stores a result computed elsewhere (e.g. `file-too-large`, decided before reading). */
  put(check: FileCheck): Set<string> {
    const affected = this.detach(check.file);
    this.files.set(check.file, check);
    const record = check.record;
    if (record?.id) this.idToFiles.add(record.id, check.file);
    for (const id of referencedIds(record)) this.referrers.add(id, check.file);
    for (const file of this.neighbours(record)) affected.add(file);
    affected.add(check.file);
    return affected;
  }

  remove(file: string): Set<string> {
    const affected = this.detach(file);
    this.files.delete(file);
    affected.add(file);
    return affected;
  }

  rename(from: string, to: string, text: string, env: Omit<CheckEnvironment, 'path'>): Set<string> {
    const affected = this.remove(from);
    for (const file of this.update(text, { ...env, path: to })) affected.add(file);
    return affected;
  }

  has(file: string): boolean {
    return this.files.has(file);
  }

  get(file: string): FileCheck | undefined {
    return this.files.get(file);
  }

  get size(): number {
    return this.files.size;
  }

  paths(): IterableIterator<string> {
    return this.files.keys();
  }

  records(): RecordSummary[] {
    const records: RecordSummary[] = [];
    for (const check of this.files.values()) if (check.record) records.push(check.record);
    return records;
  }

  recordsWithId(id: string): RecordSummary[] {
    const files = this.idToFiles.get(id);
    // sorted, so that messages naming "the other record" do not depend on the order files were indexed
    const sorted = files.length === 1 ? files : files.sort();
    const records: RecordSummary[] = [];
    for (const file of sorted) {
      const record = this.files.get(file)?.record;
      if (record) records.push(record);
    }
    return records;
  }

  /** The file's findings with cross-record rules added and the configured rule severities applied. */
  findingsFor(file: string): Finding[] {
    const check = this.files.get(file);
    if (!check) return [];
    const cross = check.record ? crossRecordFindings(check.record, this) : [];
    if (cross.length === 0) return applyRuleSeverities(check.findings, this.rules); // already sorted by the checker
    return sortFindings(applyRuleSeverities([...check.findings, ...cross], this.rules));
  }

  /** Drops a file's entries from the id maps; returns the files that depended on them. */
  private detach(file: string): Set<string> {
    const previous = this.files.get(file)?.record ?? null;
    const affected = new Set(this.neighbours(previous));
    if (previous?.id) this.idToFiles.delete(previous.id, file);
    for (const id of referencedIds(previous)) this.referrers.delete(id, file);
    affected.delete(file);
    return affected;
  }

  /** Files whose cross-record findings depend on this record: same id, or referring to its id, or referred to by it. */
  private neighbours(record: RecordSummary | null): string[] {
    if (!record) return [];
    const files: string[] = [];
    if (record.id) {
      files.push(...this.idToFiles.get(record.id), ...this.referrers.get(record.id));
    }
    return files;
  }
}

function referencedIds(record: RecordSummary | null): string[] {
  if (!record) return [];
  const ids = record.correctiveActions.map((ref) => ref.value);
  if (record.source) ids.push(record.source.value);
  return ids;
}
