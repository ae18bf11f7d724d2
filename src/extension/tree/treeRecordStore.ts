import * as vscode from 'vscode';
import type { Profile } from '../../core';
import { treeRecordOf, vocabularyOf, type GroupVocabulary, type TreeRecord } from '../../core/tree';
import type { RecordWorkspace } from '../workspace/recordWorkspace';

export interface StoredRecord {
  uri: vscode.Uri;
  record: TreeRecord;
}

/** Changed files, or `undefined` when everything may have changed (a rebuild). */
export type StoreUpdate = vscode.Uri[] | undefined;

const COALESCE_MS = 100;

/**
 * The records the tree and the Explorer decorations show, kept in step with the workspace index
 * from its change events: a changed file re-reads that file's summary and findings, never the disk,
 * and a burst of changes becomes one update at most every 100 ms. A (re)build of the index replaces
 * everything once it is complete.
 */
export class TreeRecordStore implements vscode.Disposable {
  private readonly entries = new Map<string, StoredRecord>();
  private readonly pending = new Map<string, vscode.Uri>();
  private readonly profiles = new Map<string, Profile>();
  private vocabularyCache: GroupVocabulary | undefined;
  private fullSyncDue = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private indexingNow = true;
  private readonly updated = new vscode.EventEmitter<StoreUpdate>();
  /** Fires after the store has taken in a batch of changes. */
  readonly onDidUpdate = this.updated.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly workspace: RecordWorkspace, private readonly delayMs = COALESCE_MS) {
    this.disposables.push(
      this.updated,
      workspace.onDidChange((uris) => this.enqueue(uris)),
      workspace.onDidConfigure(() => this.rebuilding()),
    );
  }

  /** True from the start of a (re)build of the index until it is complete. */
  get indexing(): boolean {
    return this.indexingNow;
  }

  get(uri: vscode.Uri | string): StoredRecord | undefined {
    return this.entries.get(typeof uri === 'string' ? uri : uri.toString());
  }

  records(): IterableIterator<TreeRecord> {
    return mapIterator(this.entries.values(), (entry) => entry.record);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The statuses, types and severities of the workspace's profiles, which order and name the groups. */
  get vocabulary(): GroupVocabulary {
    return (this.vocabularyCache ??= vocabularyOf(this.profiles.values()));
  }

  /** Applies pending changes now instead of at the end of the coalescing delay. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.indexingNow) return;
    if (this.fullSyncDue) return this.syncAll();
    if (this.pending.size === 0) return;
    const uris = [...this.pending.values()].filter((uri) => this.syncOne(uri));
    this.pending.clear();
    // files that neither were nor are records (notes, READMEs) change nothing the tree shows
    if (uris.length > 0) this.updated.fire(uris);
  }

  private enqueue(uris: vscode.Uri[]): void {
    for (const uri of uris) this.pending.set(uri.toString(), uri);
    this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }

  private rebuilding(): void {
    this.fullSyncDue = true;
    if (!this.indexingNow) {
      this.indexingNow = true;
      this.updated.fire(undefined);
    }
    const build = this.workspace.ready;
    const done = () => {
      // a newer rebuild may have started meanwhile: it ends the indexing state itself
      if (build !== this.workspace.ready) return;
      this.indexingNow = false;
      this.flush();
    };
    build.then(done, done);
  }

  private syncAll(): void {
    this.fullSyncDue = false;
    this.pending.clear();
    this.entries.clear();
    this.profiles.clear();
    this.vocabularyCache = undefined;
    for (const { uri } of this.workspace.records()) this.syncOne(uri);
    this.updated.fire(undefined);
  }

  /** Takes in the file's current state; false when it neither was nor is a record. */
  private syncOne(uri: vscode.Uri): boolean {
    const key = uri.toString();
    const record = this.workspace.check(uri)?.record;
    if (!record) return this.entries.delete(key);
    this.entries.set(key, { uri, record: treeRecordOf(key, record, this.workspace.findings(uri)) });
    this.noteProfile(uri);
    return true;
  }

  private noteProfile(uri: vscode.Uri): void {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '';
    if (this.profiles.has(folder)) return;
    const profile = this.workspace.stateFor(uri)?.setup.setup.profile;
    if (!profile) return;
    this.profiles.set(folder, profile);
    this.vocabularyCache = undefined;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function* mapIterator<T, U>(items: Iterable<T>, map: (item: T) => U): IterableIterator<U> {
  for (const item of items) yield map(item);
}
