import { execFile } from 'node:child_process';
import * as vscode from 'vscode';

const GIT_TIMEOUT_MS = 3000;

/**
 * The owner written into new records: the `incidentRecords.owner` setting, else `git config user.name`
 * (then `user.email`) of the workspace folder. Git runs only in a trusted workspace on a local folder,
 * with a timeout, without a shell, and only to read those two keys; any failure means "no owner".
 */
export async function defaultOwner(folder: vscode.Uri | undefined): Promise<string> {
  const setting = vscode.workspace.getConfiguration('incidentRecords', folder).get<string>('owner')?.trim();
  if (setting) return setting;
  if (!folder || folder.scheme !== 'file' || !vscode.workspace.isTrusted) return '';
  return (await gitConfig(folder.fsPath, 'user.name')) || (await gitConfig(folder.fsPath, 'user.email')) || '';
}

function gitConfig(cwd: string, key: 'user.name' | 'user.email'): Promise<string> {
  return new Promise((resolve) => {
    try {
      execFile('git', ['config', '--get', key], { cwd, timeout: GIT_TIMEOUT_MS, windowsHide: true, shell: false }, (error, stdout) => {
        resolve(error ? '' : String(stdout).split(/\r?\n/)[0].trim());
      });
    } catch {
      resolve('');
    }
  });
}
