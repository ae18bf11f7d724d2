import * as vscode from 'vscode';
import { fieldMarkdown, recordMarkdown } from '../../core/editing/fieldDocs';
import { frontmatterLines } from '../../core/editing/frontmatterLines';
import { frontmatterTokenAt } from '../../core/editing/frontmatterToken';
import { mayHaveFrontmatter, type AssistContext } from './assistContext';

const REFERENCE_FIELDS = new Set(['corrective_actions', 'source']);

/** Hover on a frontmatter key: what it proves and whether it is due; on a referenced id: that record. */
export class FieldHoverProvider implements vscode.HoverProvider {
  constructor(private readonly context: AssistContext) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!mayHaveFrontmatter(document)) return undefined;
    const text = document.getText();
    const token = frontmatterTokenAt(text, document.offsetAt(position));
    if (!token) return undefined;
    const range = new vscode.Range(document.positionAt(token.start), document.positionAt(token.end));
    const profile = this.context.profileFor(document.uri);
    if (token.kind === 'key') {
      const typeName = frontmatterLines(text)?.values.get('type') || null;
      return new vscode.Hover(new vscode.MarkdownString(fieldMarkdown(token.key, typeName, profile)), range);
    }
    if (!REFERENCE_FIELDS.has(token.key) || /^https?:\/\//i.test(token.value)) return undefined;
    const records = this.context.workspace.recordsWithId(token.value);
    if (records.length === 0) return new vscode.Hover(new vscode.MarkdownString(`No record in this workspace has the id \`${token.value}\`.`), range);
    const parts = records.map(({ uri, summary }) =>
      `${recordMarkdown(summary, profile)}\n\n[Open ${vscode.workspace.asRelativePath(uri)}](${uri.toString()})`);
    return new vscode.Hover(new vscode.MarkdownString(parts.join('\n\n---\n\n')), range);
  }
}
