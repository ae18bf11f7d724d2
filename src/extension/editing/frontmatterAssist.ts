import * as vscode from 'vscode';
import type { FeatureContext } from '../featureContext';
import { AssistContext } from './assistContext';
import { COMPLETION_TRIGGERS, FieldCompletionProvider } from './fieldCompletion';
import { FieldHoverProvider } from './fieldHover';

/** Completion and hover for record frontmatter, from the record schema and the folder's profile. */
export function registerFrontmatterAssist({ workspace }: FeatureContext): vscode.Disposable {
  const context = new AssistContext(workspace);
  const selector: vscode.DocumentSelector = { language: 'markdown' };
  return vscode.Disposable.from(
    vscode.languages.registerCompletionItemProvider(selector, new FieldCompletionProvider(context), ...COMPLETION_TRIGGERS),
    vscode.languages.registerHoverProvider(selector, new FieldHoverProvider(context)),
  );
}
