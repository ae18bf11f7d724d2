import * as vscode from 'vscode';

/** The argument object of the "New …" commands: given, the command asks nothing. */
export interface NewRecordArgs {
  /** For `incidentRecords.newRecord` only: which type to create. */
  type?: string;
  title?: string;
  severity?: string;
  /** Id of the record a corrective action comes from. */
  source?: string;
  /** Where to create the file: relative to the workspace folder, or a folder Uri. */
  folder?: string | vscode.Uri;
  owner?: string;
}

export type NewRecordInvocation =
  /** From the palette, a menu or a link: ask for what is missing. `folder` when the Explorer gave one. */
  | { silent: false; folder?: vscode.Uri }
  /** With an argument object (keybindings, tasks, other extensions, tests): never prompt. */
  | { silent: true; args: NewRecordArgs };

const STRING_KEYS = ['type', 'title', 'severity', 'source', 'owner'] as const;
const KEYS = new Set<string>([...STRING_KEYS, 'folder']);

/** Tells an argument object from the Explorer's folder Uri (or nothing), and checks its shape. */
export function invocationOf(arg: unknown): NewRecordInvocation {
  if (arg === undefined || arg === null) return { silent: false };
  if (arg instanceof vscode.Uri) return { silent: false, folder: arg };
  if (typeof arg !== 'object' || Array.isArray(arg)) throw new TypeError('The argument of a "New record" command must be an object like { title, severity, source, folder, owner }.');
  const record = arg as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !KEYS.has(key));
  if (unknown.length > 0) throw new TypeError(`Unknown argument ${unknown.map((key) => `"${key}"`).join(', ')}: use type, title, severity, source, folder and owner.`);
  for (const key of STRING_KEYS) {
    if (record[key] !== undefined && typeof record[key] !== 'string') throw new TypeError(`The "${key}" argument must be a string.`);
  }
  const folder = record.folder;
  if (folder !== undefined && typeof folder !== 'string' && !(folder instanceof vscode.Uri)) throw new TypeError('The "folder" argument must be a workspace-relative path or a Uri.');
  return { silent: true, args: record as NewRecordArgs };
}
