import type * as vscode from 'vscode';
import { buildProfile, type Profile, type RecordSummary } from '../../core';
import type { RecordWorkspace } from '../workspace/recordWorkspace';

/** What completion and hover need from the workspace: the folder's profile and the other records. */
export class AssistContext {
  private fallback: Profile | undefined;

  constructor(readonly workspace: RecordWorkspace) {}

  /** The profile of the file's folder (its `.incident-records.json`), else the bundled one. */
  profileFor(uri: vscode.Uri): Profile {
    const profile = this.workspace.stateFor(uri)?.setup.setup.profile;
    return profile ?? (this.fallback ??= buildProfile());
  }

  records(): RecordSummary[] {
    return this.workspace.records().map((record) => record.summary);
  }
}

/** Cheap pre-check before reading the whole text: only a file that opens with `---` has frontmatter. */
export function mayHaveFrontmatter(document: vscode.TextDocument): boolean {
  return document.lineCount > 1 && document.lineAt(0).text.replace(/^\uFEFF/, '').startsWith('---');
}
