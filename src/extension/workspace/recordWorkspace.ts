import * as vscode from 'vscode';
import { MAX_FILE_BYTES, tooLargeCheck, type FileCheck, type Finding, type RecordSummary } from '../../core';
import { FileExistenceCache } from './fileExistenceCache';
import { loadFolderSetup } from './folderSetup';
import { FolderState } from './folderState';

export interface IndexedRecord {
  uri: vscode.Uri;
  summary: RecordSummary;
}

const decoder = new TextDecoder();
const BUILD_BATCH = 32;

/**
 * The extension's view of every record in the workspace: one core index per workspace folder, built
 * once in the background and then kept current one file at a time from open documents and file events.
 * `onDidChange` carries every file whose findings or summary may have changed.
 */
export class RecordWorkspace implements vscode.Disposable {
  private readonly folders = new Map<string, FolderState>();
  private loose: FolderState | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.Uri[]>();
  readonly onDidChange = this.changed.event;
  private readonly configured = new vscode.EventEmitter<string[]>();
  /** Fires with the config problems (if any) after the configuration is (re)loaded. */
  readonly onDidConfigure = this.configured.event;
  private readonly existence = new FileExistenceCache();
  private readonly disposables: vscode.Disposable[] = [];
  private building: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {
    this.disposables.push(this.changed, this.configured, this.existence, this.existence.onDidLearn((keys) => void this.recheckLinkers(keys)));
  }

  /** Resolves when the initial (or latest) full build is complete. */
  get ready(): Promise<void> {
    return this.building;
  }

  /**
   * Loads configuration and builds the index in the background (with a progress indicator). Calls
   * while a build runs are coalesced into one more build after it, so two builds never interleave.
   */
  start(): Promise<void> {
    if (!this.queued) {
      this.queued = this.building.catch(() => undefined).then(() => {
        this.queued = undefined;
        return this.rebuild();
      });
      this.building = this.queued;
    }
    return this.building;
  }

  private async rebuild(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    // files indexed before (perhaps excluded now) must be re-published too, so their findings go away
    const previous = this.allUris();
    this.folders.clear();
    const problems: string[] = [];
    for (const folder of folders) {
      const setup = await loadFolderSetup(folder.uri, this.extensionUri);
      if (setup.configError) problems.push(`${folder.name}: ${setup.configError}`);
      this.folders.set(folder.uri.toString(), new FolderState(folder.uri, setup));
    }
    this.loose = new FolderState(undefined, await loadFolderSetup(undefined, this.extensionUri));
    this.configured.fire(problems);
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Indexing incident records' }, async (progress) => {
      for (const state of this.folders.values()) await this.buildFolder(state, progress);
    });
    for (const document of vscode.workspace.textDocuments) this.updateFromDocument(document);
    const current = this.allUris();
    const known = new Set(current.map((uri) => uri.toString()));
    this.changed.fire([...current, ...previous.filter((uri) => !known.has(uri.toString()))]);
  }

  private async buildFolder(state: FolderState, progress: vscode.Progress<{ message?: string }>): Promise<void> {
    const pattern = new vscode.RelativePattern(state.root!, '**/*.md');
    const uris = (await vscode.workspace.findFiles(pattern, '**/{node_modules,.git}/**')).filter((uri) => state.accepts(uri));
    const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    for (let i = 0; i < uris.length; i += BUILD_BATCH) {
      const batch = uris.slice(i, i + BUILD_BATCH).filter((uri) => !open.has(uri.toString()));
      const texts = await Promise.all(batch.map((uri) => this.read(uri)));
      batch.forEach((uri, n) => this.store(state, uri, texts[n]));
      if (uris.length > 200) progress.report({ message: `${Math.min(i + BUILD_BATCH, uris.length)}/${uris.length}` });
    }
  }

  private async read(uri: vscode.Uri): Promise<string | number | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_FILE_BYTES) return stat.size;
      return decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  /** Text, a size (too large to read) or undefined (gone): puts the file in its index. */
  private store(state: FolderState, uri: vscode.Uri, content: string | number | undefined): Set<string> {
    const path = state.pathOf(uri);
    if (content === undefined) return state.index.remove(path);
    if (typeof content === 'number') return state.index.put(tooLargeCheck(path, content));
    // no quick fixes here: they are computed from an open document's current text when asked (CurrentFindingsCache)
    return state.index.update(content, { path, now: new Date(), fileExists: (target) => this.exists(state, path, target), fixes: false });
  }

  private exists(state: FolderState, from: string, target: string): boolean | undefined {
    const uri = state.uriOf(target);
    const key = uri.toString();
    let askers = state.linkQueries.get(key);
    if (!askers) state.linkQueries.set(key, (askers = new Set()));
    askers.add(from);
    return this.existence.lookup(uri);
  }

  private async recheckLinkers(keys: string[]): Promise<void> {
    for (const state of this.allStates()) {
      const files = new Set(keys.flatMap((key) => [...(state.linkQueries.get(key) ?? [])]));
      for (const path of files) await this.refresh(state.uriOf(path));
    }
  }

  stateFor(uri: vscode.Uri): FolderState | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    // outside the folders only real files and untitled editors count: not git: diff sides, output, settings…
    if (!folder && uri.scheme !== 'file' && uri.scheme !== 'untitled') return undefined;
    const state = folder ? this.folders.get(folder.uri.toString()) : this.loose;
    return state && state.accepts(uri) ? state : undefined;
  }

  /** Re-checks an open document from its current text (the editor's text wins over the disk's). */
  updateFromDocument(document: vscode.TextDocument): void {
    if (document.languageId !== 'markdown' && !document.uri.path.toLowerCase().endsWith('.md')) return;
    const state = this.stateFor(document.uri);
    if (!state) return;
    const text = document.getText();
    const affected = text.length > MAX_FILE_BYTES ? this.store(state, document.uri, text.length) : this.store(state, document.uri, text);
    this.fire(state, affected);
  }

  /** Re-reads a file from disk (or from its open document); removes it when it is gone. */
  async refresh(uri: vscode.Uri): Promise<void> {
    const state = this.stateFor(uri);
    if (!state) return;
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open) return this.updateFromDocument(open);
    this.fire(state, this.store(state, uri, await this.read(uri)));
  }

  remove(uri: vscode.Uri): void {
    const state = this.stateFor(uri) ?? this.stateIgnoringFilter(uri);
    if (state) this.fire(state, state.index.remove(state.pathOf(uri)));
  }

  /** Forgets a closed file that lies outside every workspace folder. */
  forgetLoose(uri: vscode.Uri): void {
    if (!vscode.workspace.getWorkspaceFolder(uri) && this.loose) this.fire(this.loose, this.loose.index.remove(this.loose.pathOf(uri)));
  }

  noteFileEvent(uri: vscode.Uri, exists: boolean): void {
    this.existence.set(uri, exists);
  }

  findings(uri: vscode.Uri): Finding[] {
    const state = this.stateFor(uri);
    return state ? state.index.findingsFor(state.pathOf(uri)) : [];
  }

  check(uri: vscode.Uri): FileCheck | undefined {
    const state = this.stateFor(uri);
    return state?.index.get(state.pathOf(uri));
  }

  records(): IndexedRecord[] {
    return [...this.folders.values()].flatMap((state) => state.index.records().map((summary) => ({ uri: state.uriOf(summary.file), summary })));
  }

  recordsWithId(id: string): IndexedRecord[] {
    return [...this.folders.values()].flatMap((state) => state.index.recordsWithId(id).map((summary) => ({ uri: state.uriOf(summary.file), summary })));
  }

  /** Every file the index holds (records and files with findings). */
  allUris(): vscode.Uri[] {
    return this.allStates().flatMap((state) => [...state.index.paths()].map((path) => state.uriOf(path)));
  }

  /** The index's folder state for a file, whether or not the filter accepts it (for removal). */
  private stateIgnoringFilter(uri: vscode.Uri): FolderState | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.folders.get(folder.uri.toString()) : this.loose;
  }

  private allStates(): FolderState[] {
    return [...this.folders.values(), ...(this.loose ? [this.loose] : [])];
  }

  private fire(state: FolderState, paths: Set<string>): void {
    if (paths.size > 0) this.changed.fire([...paths].map((path) => state.uriOf(path)));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
