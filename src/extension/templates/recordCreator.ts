import * as vscode from 'vscode';
import { formatNowWithOffset, type RecordTypeProfile } from '../../core';
import { IdReservations } from '../../core/templates/idAllocation';
import { prepareNewRecord, type PreparedRecord } from '../../core/templates/newRecordText';
import { describeTemplateReport } from '../../core/templates/templateProblems';
import { loadFolderSetup, type FolderSetup } from '../workspace/folderSetup';
import type { IndexedRecord, RecordWorkspace } from '../workspace/recordWorkspace';
import { defaultOwner } from './gitOwner';
import type { NewRecordArgs, NewRecordInvocation } from './newRecordArgs';
import { knownIds, relativePath, writeNewFile } from './newRecordFiles';
import { askSeverity, askSource, askTitle, confirmLink } from './newRecordPrompts';
import { linkCorrectiveAction } from './sourceRecordLink';

/** What was decided before anything is written. */
interface Plan {
  root: vscode.WorkspaceFolder;
  setup: FolderSetup;
  type: RecordTypeProfile;
  title: string;
  severity?: string;
  source?: IndexedRecord;
  link: boolean;
  directory: vscode.Uri;
}

/**
 * Creates records from templates: asks only what cannot be derived, allocates the next id of the type
 * for the year, writes the file (never over another), links a corrective action to its source record,
 * and opens the new file at the first blank. Ids handed out are reserved until the index holds the file.
 */
export class RecordCreator {
  private readonly reservations = new IdReservations();
  /** Editors are opened one after another: the workbench refuses to open several at the same instant. */
  private opening: Promise<unknown> = Promise.resolve();

  constructor(private readonly workspace: RecordWorkspace, private readonly extensionUri: vscode.Uri) {}

  async create(typeName: string, invocation: NewRecordInvocation): Promise<vscode.Uri | undefined> {
    await this.workspace.ready;
    const root = await this.workspaceFolder(invocation);
    if (!root) return this.fail(invocation, 'Open a folder first: records are files in a workspace folder.');
    const setup = await this.setupFor(root.uri);
    const type = setup.setup.profile.types[typeName];
    const template = setup.templates[typeName];
    if (!type || template === undefined) return this.fail(invocation, `There is no template for "${typeName}" records.`);

    const plan = invocation.silent ? this.planSilently(root, setup, typeName, type, invocation.args) : await this.planInteractively(root, setup, typeName, type, invocation.folder);
    if (!plan) return undefined;
    const now = new Date();
    const nowText = formatNowWithOffset(now);
    const owner = (invocation.silent ? invocation.args.owner?.trim() : undefined) || (await defaultOwner(root.uri));
    const id = this.reservations.allocate(type.idPrefix, Number(nowText.slice(0, 4)), await knownIds(this.workspace, plan.directory));
    try {
      if (plan.source && !invocation.silent) {
        const choice = await confirmLink(id, plan.source);
        if (!choice) return undefined;
        plan.link = choice === 'link';
      }
      const values = { id, type: typeName, title: plan.title, now: nowText, owner, severity: plan.severity, source: plan.source?.summary.id ?? undefined };
      const provisionalPath = relativePath(root.uri, vscode.Uri.joinPath(plan.directory, `${id}.md`));
      const prepared = prepareNewRecord(template, values, setup.setup.checker, { path: provisionalPath, now });
      this.reportTemplateProblems(typeName, type, prepared);
      const uri = await writeNewFile(plan.directory, id, plan.title, prepared.text);
      await this.workspace.refresh(uri);
      if (plan.source && plan.link) await this.link(plan.source, id, invocation.silent);
      await this.open(uri, prepared.cursor);
      return uri;
    } finally {
      this.reservations.release(id);
    }
  }

  private planSilently(root: vscode.WorkspaceFolder, setup: FolderSetup, typeName: string, type: RecordTypeProfile, args: NewRecordArgs): Plan {
    const severities = setup.setup.profile.severities;
    if (args.severity !== undefined && args.severity !== '' && !severities.includes(args.severity)) {
      throw new Error(`Unknown severity "${args.severity}": use one of ${severities.join(', ')}.`);
    }
    let source: IndexedRecord | undefined;
    if (args.source) {
      source = this.workspace.recordsWithId(args.source.trim()).find((record) => record.summary.type !== typeName);
      if (!source) throw new Error(`No incident, near miss or tabletop with id "${args.source}" is in the index.`);
    }
    const title = args.title?.trim() || `Untitled ${type.label.toLowerCase()}`;
    const directory = this.directoryFor(root, type, args.folder);
    return { root, setup, type, title, severity: args.severity || undefined, source, link: source !== undefined && asksFor(type, 'source'), directory };
  }

  private async planInteractively(root: vscode.WorkspaceFolder, setup: FolderSetup, typeName: string, type: RecordTypeProfile, folder: vscode.Uri | undefined): Promise<Plan | undefined> {
    const profile = setup.setup.profile;
    let source: IndexedRecord | undefined;
    if (asksFor(type, 'source')) {
      const candidates = this.workspace.records().filter((record) => record.summary.id && record.summary.type && record.summary.type !== typeName && profile.types[record.summary.type]);
      source = await askSource(candidates, profile, vscode.window.activeTextEditor?.document.uri);
      if (!source) return undefined;
    }
    const title = await askTitle(type.label);
    if (!title) return undefined;
    let severity: string | undefined;
    if (asksFor(type, 'severity') && profile.severities.length > 0) {
      severity = await askSeverity(type.label, profile.severities);
      if (!severity) return undefined;
    }
    return { root, setup, type, title, severity, source, link: source !== undefined, directory: this.directoryFor(root, type, folder) };
  }

  /** The folder given (workspace-relative, or a Uri from the Explorer), else the type's configured folder. */
  private directoryFor(root: vscode.WorkspaceFolder, type: RecordTypeProfile, folder: string | vscode.Uri | undefined): vscode.Uri {
    if (folder instanceof vscode.Uri) return folder;
    const relative = (folder ?? type.folder).replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
    if (relative.split('/').includes('..')) throw new Error(`The folder "${folder}" must stay inside the workspace folder.`);
    return relative ? vscode.Uri.joinPath(root.uri, relative) : root.uri;
  }

  private async workspaceFolder(invocation: NewRecordInvocation): Promise<vscode.WorkspaceFolder | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const given = invocation.silent ? (invocation.args.folder instanceof vscode.Uri ? invocation.args.folder : undefined) : invocation.folder;
    if (given) return vscode.workspace.getWorkspaceFolder(given);
    const active = vscode.window.activeTextEditor?.document.uri;
    const activeFolder = active ? vscode.workspace.getWorkspaceFolder(active) : undefined;
    if (activeFolder || folders.length <= 1 || invocation.silent) return activeFolder ?? folders[0];
    return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder for the new record', ignoreFocusOut: true });
  }

  /** The folder's setup as the index uses it, or read afresh when the index's filter skips the root. */
  private async setupFor(root: vscode.Uri): Promise<FolderSetup> {
    return this.workspace.stateFor(vscode.Uri.joinPath(root, 'new-record.md'))?.setup ?? loadFolderSetup(root, this.extensionUri);
  }

  private async link(source: IndexedRecord, id: string, silent: boolean): Promise<void> {
    const outcome = await linkCorrectiveAction(source.uri, id, silent);
    if (!outcome.linked) {
      const message = `${id} was created, but could not be added to ${source.summary.id}: ${outcome.reason}.`;
      if (silent) throw new Error(message);
      void vscode.window.showWarningMessage(message);
    }
  }

  private open(uri: vscode.Uri, cursor: number): Promise<void> {
    const opened = this.opening.then(() => this.openNow(uri, cursor));
    this.opening = opened.catch(() => undefined);
    return opened;
  }

  private async openNow(uri: vscode.Uri, cursor: number): Promise<void> {
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    const position = editor.document.positionAt(cursor);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** A template that makes a record failing its own checks is reported (without stopping the creation). */
  private reportTemplateProblems(typeName: string, type: RecordTypeProfile, prepared: PreparedRecord): void {
    const lines = describeTemplateReport({ problems: prepared.problems, unknownVariables: prepared.unknownVariables, blanks: [] });
    if (lines.length === 0) return;
    void vscode.window.showWarningMessage(`The ${type.label.toLowerCase()} template (${typeName}.md) makes a record that fails its own checks: ${lines.join('; ')}`);
  }

  private fail(invocation: NewRecordInvocation, message: string): undefined {
    if (invocation.silent) throw new Error(message);
    void vscode.window.showErrorMessage(message);
    return undefined;
  }
}

/** Whether the type's checklist needs this field (severity for incidents, source for corrective actions). */
function asksFor(type: RecordTypeProfile, field: string): boolean {
  return type.checklist.some((item) => item.fields?.includes(field));
}
