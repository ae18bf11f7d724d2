import * as vscode from 'vscode';

/**
 * Answers "does this file exist?" synchronously for the checks: unknown paths answer `undefined`
 * (no broken-link finding yet) and are looked up in the background; `onDidLearn` fires with the
 * paths that became known so their records can be re-checked. File events keep answers current.
 */
export class FileExistenceCache implements vscode.Disposable {
  private readonly known = new Map<string, boolean>();
  private readonly pending = new Set<string>();
  private readonly learned = new vscode.EventEmitter<string[]>();
  readonly onDidLearn = this.learned.event;
  private batch: string[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  lookup(uri: vscode.Uri): boolean | undefined {
    const key = uri.toString();
    const answer = this.known.get(key);
    if (answer !== undefined || this.pending.has(key)) return answer;
    this.pending.add(key);
    vscode.workspace.fs.stat(uri).then(
      () => this.learn(key, true),
      () => this.learn(key, false),
    );
    return undefined;
  }

  set(uri: vscode.Uri, exists: boolean): void {
    const key = uri.toString();
    if (this.known.has(key) && this.known.get(key) !== exists) this.learn(key, exists);
    else this.known.set(key, exists);
  }

  private learn(key: string, exists: boolean): void {
    this.pending.delete(key);
    this.known.set(key, exists);
    this.batch.push(key);
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      const keys = this.batch;
      this.batch = [];
      this.learned.fire(keys);
    }, 50);
  }

  dispose(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.learned.dispose();
  }
}
