import * as vscode from 'vscode';
import { recordProgress } from '../../core/editing/recordProgress';
import type { FeatureContext } from '../featureContext';
import type { RecordWorkspace } from '../workspace/recordWorkspace';
import { showMissingItems } from './missingItemsPicker';

const REVEAL_COMMAND = 'incidentRecords.revealActiveRecord';
const MISSING_COMMAND = 'incidentRecords.showMissingItems';

/**
 * A status bar item for the active record: `$(shield) INC $(warning) 9/13` (type, whether anything due
 * is missing, checklist items done/total), with the missing items in its tooltip; hidden for other files.
 */
export function registerRecordStatusBar({ workspace }: FeatureContext): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('incidentRecords.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Incident Records: record checklist';
  let clickCommand = MISSING_COMMAND;
  const update = () => renderActiveRecord(item, workspace, clickCommand);
  const resolveClick = async () => {
    // the Records tree registers "reveal" when it is present; otherwise the click lists the missing items
    if (clickCommand === REVEAL_COMMAND) return;
    if (!(await vscode.commands.getCommands(true)).includes(REVEAL_COMMAND)) return;
    clickCommand = REVEAL_COMMAND;
    update();
  };
  update();
  void resolveClick();
  return vscode.Disposable.from(
    item,
    vscode.commands.registerCommand(MISSING_COMMAND, () => showMissingItems(workspace)),
    vscode.window.onDidChangeActiveTextEditor(() => {
      update();
      void resolveClick();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('incidentRecords.enable')) update();
    }),
    workspace.onDidChange((uris) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && uris.some((uri) => uri.toString() === active)) update();
    }),
  );
}

function renderActiveRecord(item: vscode.StatusBarItem, workspace: RecordWorkspace, command: string): void {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const enabled = vscode.workspace.getConfiguration('incidentRecords', uri).get<boolean>('enable', true);
  const record = uri && enabled ? workspace.check(uri)?.record : undefined;
  const profile = uri ? workspace.stateFor(uri)?.setup.setup.profile : undefined;
  if (!record || !profile) return item.hide();
  const progress = recordProgress(record, profile);
  item.text = progress.text;
  item.tooltip = new vscode.MarkdownString(`${progress.tooltip}\n\n_Click to ${command === REVEAL_COMMAND ? 'reveal the record in the Records view' : 'list the missing items'}._`, true);
  item.command = command;
  item.accessibilityInformation = { label: `${record.id ?? 'Record'}: ${record.completeness.done} of ${record.completeness.total} checklist items done, ${progress.missing.length} missing` };
  item.show();
}
