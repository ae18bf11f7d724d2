import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, parseConfig, RECORD_TYPES, workspaceSetup, type IncidentRecordsConfig, type RuleSeverities, type WorkspaceSetup } from '../../core';

export interface FolderSetup {
  setup: WorkspaceSetup;
  /** Template text per record type (the team's, else the bundled one). */
  templates: Record<string, string>;
  /** Why the config file could not be used (the defaults are in force then). */
  configError?: string;
}

const decoder = new TextDecoder();

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/**
 * Reads `.incident-records.json` at the folder's root and merges the user's `incidentRecords.rules`
 * on top. Reading a config never runs anything from the repository.
 */
export async function loadFolderSetup(root: vscode.Uri | undefined, extensionUri: vscode.Uri): Promise<FolderSetup> {
  let config: IncidentRecordsConfig = {};
  let configError: string | undefined;
  if (root) {
    const text = await readText(vscode.Uri.joinPath(root, CONFIG_FILE_NAME));
    if (text !== undefined) {
      const result = parseConfig(text);
      if (result.ok) config = result.config;
      else configError = `${CONFIG_FILE_NAME}: ${result.message}`;
    }
  }
  const settings = vscode.workspace.getConfiguration('incidentRecords', root);
  const userRules = settings.get<RuleSeverities>('rules') ?? {};
  config = { ...config, rules: { ...config.rules, ...userRules } };
  const templates = await loadTemplates(root, config, extensionUri);
  return { setup: workspaceSetup(config, templates), templates, configError };
}

async function loadTemplates(root: vscode.Uri | undefined, config: IncidentRecordsConfig, extensionUri: vscode.Uri): Promise<Record<string, string>> {
  const templates: Record<string, string> = {};
  await Promise.all(RECORD_TYPES.map(async (type) => {
    const team = root && config.templates ? await readText(vscode.Uri.joinPath(root, config.templates, `${type}.md`)) : undefined;
    const text = team ?? (await readText(vscode.Uri.joinPath(extensionUri, 'templates', `${type}.md`)));
    if (text !== undefined) templates[type] = text;
  }));
  return templates;
}
