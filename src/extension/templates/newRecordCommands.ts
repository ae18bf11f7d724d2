import * as vscode from 'vscode';
import { RECORD_TYPES } from '../../core';
import type { FeatureContext } from '../featureContext';
import { loadFolderSetup } from '../workspace/folderSetup';
import { invocationOf, type NewRecordInvocation } from './newRecordArgs';
import { askType } from './newRecordPrompts';
import { RecordCreator } from './recordCreator';

const TYPE_COMMANDS: Record<string, string> = {
  'incidentRecords.newIncident': 'incident',
  'incidentRecords.newNearMiss': 'near-miss',
  'incidentRecords.newTabletop': 'tabletop',
  'incidentRecords.newCorrectiveAction': 'corrective-action',
};

/**
 * The "New …" commands. Run by a person (palette, tree title, welcome view, Explorer folder menu) they
 * ask for what is missing and report errors as notifications; given an argument object they ask
 * nothing, reject on errors, and resolve to the new file's Uri once it is written.
 */
export function registerNewRecordCommands(context: FeatureContext): vscode.Disposable {
  const creator = new RecordCreator(context.workspace, context.extension.extensionUri);
  const run = async (type: string | undefined, arg: unknown): Promise<vscode.Uri | undefined> => {
    let invocation: NewRecordInvocation = { silent: false };
    try {
      invocation = invocationOf(arg);
      const chosen = type ?? (invocation.silent ? invocation.args.type : await pickType(context));
      if (!chosen) {
        if (invocation.silent) throw new Error('Say which record to create: { "type": "incident" | "near-miss" | "tabletop" | "corrective-action", … }.');
        return undefined;
      }
      return await creator.create(chosen, invocation);
    } catch (error) {
      if (invocation.silent || (arg !== undefined && arg !== null && !(arg instanceof vscode.Uri))) throw error;
      void vscode.window.showErrorMessage(`Could not create the record: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  return vscode.Disposable.from(
    ...Object.entries(TYPE_COMMANDS).map(([command, type]) => vscode.commands.registerCommand(command, (arg?: unknown) => run(type, arg))),
    vscode.commands.registerCommand('incidentRecords.newRecord', (arg?: unknown) => run(undefined, arg)),
  );
}

async function pickType(context: FeatureContext): Promise<string | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const setup = (folder && context.workspace.stateFor(vscode.Uri.joinPath(folder, 'new-record.md'))?.setup) || (await loadFolderSetup(folder, context.extension.extensionUri));
  return askType(setup.setup.profile, RECORD_TYPES);
}
