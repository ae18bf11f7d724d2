import * as vscode from 'vscode';
import { isFiltered, parseGroupBy, parseSortBy, type GroupBy, type SortBy, type TreeOptions } from '../../core/tree';

const SECTION = 'incidentRecords.tree';
const INCOMPLETE_ONLY_KEY = 'incidentRecords.tree.incompleteOnly';
const TEXT_KEY = 'incidentRecords.tree.text';

/**
 * The tree's arrangement. Grouping and sorting are settings (`incidentRecords.tree.groupBy/sortBy`),
 * written by the title-menu commands; the filters belong to the workspace (workspaceState). Context
 * keys mirror the state for menus: `incidentRecords.tree.incompleteOnly`, `.filtered`, `.groupBy`, `.sortBy`.
 */
export class TreeViewOptions implements vscode.Disposable {
  private options: TreeOptions;
  private readonly changed = new vscode.EventEmitter<TreeOptions>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly state: vscode.Memento) {
    this.options = {
      ...this.fromSettings(),
      incompleteOnly: state.get<boolean>(INCOMPLETE_ONLY_KEY, false),
      text: state.get<string>(TEXT_KEY, ''),
    };
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SECTION)) this.apply(this.fromSettings());
    });
    this.publishContext();
  }

  get current(): TreeOptions {
    return this.options;
  }

  async setGroupBy(groupBy: GroupBy): Promise<void> {
    this.apply({ groupBy });
    await writeSetting('groupBy', groupBy);
  }

  async setSortBy(sortBy: SortBy): Promise<void> {
    this.apply({ sortBy });
    await writeSetting('sortBy', sortBy);
  }

  async setIncompleteOnly(incompleteOnly: boolean): Promise<void> {
    this.apply({ incompleteOnly });
    await this.state.update(INCOMPLETE_ONLY_KEY, incompleteOnly);
  }

  async setText(text: string): Promise<void> {
    this.apply({ text: text.trim() });
    await this.state.update(TEXT_KEY, text.trim());
  }

  async clearFilters(): Promise<void> {
    this.apply({ incompleteOnly: false, text: '' });
    await Promise.all([this.state.update(INCOMPLETE_ONLY_KEY, false), this.state.update(TEXT_KEY, '')]);
  }

  private fromSettings(): Pick<TreeOptions, 'groupBy' | 'sortBy'> {
    const settings = vscode.workspace.getConfiguration(SECTION);
    return { groupBy: parseGroupBy(settings.get('groupBy')), sortBy: parseSortBy(settings.get('sortBy')) };
  }

  private apply(change: Partial<TreeOptions>): void {
    const next = { ...this.options, ...change };
    const same = (Object.keys(next) as (keyof TreeOptions)[]).every((key) => next[key] === this.options[key]);
    if (same) return;
    this.options = next;
    this.publishContext();
    this.changed.fire(next);
  }

  private publishContext(): void {
    const { groupBy, sortBy, incompleteOnly } = this.options;
    void vscode.commands.executeCommand('setContext', 'incidentRecords.tree.incompleteOnly', incompleteOnly);
    void vscode.commands.executeCommand('setContext', 'incidentRecords.tree.filtered', isFiltered(this.options));
    void vscode.commands.executeCommand('setContext', 'incidentRecords.tree.groupBy', groupBy);
    void vscode.commands.executeCommand('setContext', 'incidentRecords.tree.sortBy', sortBy);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** Writes to the workspace's settings when the value is set there now, else to the user's. */
async function writeSetting(key: 'groupBy' | 'sortBy', value: string): Promise<void> {
  const settings = vscode.workspace.getConfiguration(SECTION);
  if (settings.get(key) === value) return;
  const where = settings.inspect(key);
  const inWorkspace = where?.workspaceValue !== undefined || where?.workspaceFolderValue !== undefined;
  await settings.update(key, value, inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
}
