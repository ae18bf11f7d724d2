import * as vscode from 'vscode';
import { fieldInfo } from '../../core/editing/fieldCatalog';
import { frontmatterCursorAt, type KeyCursor, type ValueCursor } from '../../core/editing/frontmatterCursor';
import { keySuggestions, valueSuggestions } from '../../core/editing/fieldSuggestions';
import { mayHaveFrontmatter, type AssistContext } from './assistContext';

export const COMPLETION_TRIGGERS = [':', ' ', '[', ',', '-'];

type Ranges = { inserting: vscode.Range; replacing: vscode.Range };

/** Frontmatter keys and values of records: field names for the record's type, then each field's values. */
export class FieldCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly context: AssistContext) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    if (!mayHaveFrontmatter(document)) return undefined;
    const cursor = frontmatterCursorAt(document.getText(), document.offsetAt(position));
    if (!cursor) return undefined;
    const start = document.positionAt(cursor.start);
    const ranges: Ranges = { inserting: new vscode.Range(start, position), replacing: new vscode.Range(start, document.positionAt(cursor.end)) };
    return cursor.kind === 'key' ? this.keyItems(document, cursor, ranges) : this.valueItems(document, cursor, ranges);
  }

  private keyItems(document: vscode.TextDocument, cursor: KeyCursor, ranges: Ranges): vscode.CompletionItem[] {
    const profile = this.context.profileFor(document.uri);
    const typeName = cursor.values.get('type') || null;
    return keySuggestions(typeName, new Set(cursor.values.keys()), profile).map((suggestion) => {
      const item = new vscode.CompletionItem(suggestion.name, vscode.CompletionItemKind.Property);
      item.documentation = new vscode.MarkdownString(suggestion.documentation);
      item.detail = suggestion.present ? 'already set' : undefined;
      item.sortText = suggestion.sortText;
      item.range = ranges;
      if (cursor.colonFollows) return item;
      const isList = fieldInfo(suggestion.name)?.kind === 'list';
      item.insertText = isList ? new vscode.SnippetString(`${suggestion.name}: [$0]`) : `${suggestion.name}: `;
      if (suggestion.hasValueSuggestions) item.command = { command: 'editor.action.triggerSuggest', title: 'Suggest values' };
      return item;
    });
  }

  private valueItems(document: vscode.TextDocument, cursor: ValueCursor, ranges: Ranges): vscode.CompletionItem[] {
    const profile = this.context.profileFor(document.uri);
    const typeName = cursor.values.get('type') || null;
    const isReference = cursor.key === 'corrective_actions' || cursor.key === 'source';
    const records = isReference ? this.context.records() : [];
    const wrapInList = !cursor.listItem && fieldInfo(cursor.key)?.kind === 'list';
    return valueSuggestions(cursor.key, typeName, profile, records, new Date()).map((suggestion) => {
      const kind = isReference ? vscode.CompletionItemKind.Reference : vscode.CompletionItemKind.EnumMember;
      const item = new vscode.CompletionItem(suggestion.value, kind);
      item.detail = suggestion.detail;
      if (suggestion.documentation) item.documentation = new vscode.MarkdownString(suggestion.documentation);
      item.sortText = suggestion.sortText;
      item.filterText = suggestion.value;
      item.insertText = `${cursor.needsSpace ? ' ' : ''}${wrapInList ? `[${suggestion.value}]` : suggestion.value}`;
      item.range = ranges;
      return item;
    });
  }
}
