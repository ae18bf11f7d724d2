import * as vscode from 'vscode';
import { buildProfile, type Profile } from '../../core';
import { frontmatterTokenAt } from '../../core/editing/frontmatterToken';
import { findRecordMentions, recordIdPattern } from '../../core/templates/recordMentions';
import type { FeatureContext } from '../featureContext';
import type { IndexedRecord, RecordWorkspace } from '../workspace/recordWorkspace';
import { recordHover } from './recordHover';

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];
/** Frontmatter fields whose ids the field hover (editing/fieldHover.ts) already describes. */
const FIELD_HOVER_KEYS = new Set(['corrective_actions', 'source']);

/** Record ids in Markdown become links to their records, and hovering one shows its title, status and completeness. */
export function registerRecordLinks({ workspace }: FeatureContext): vscode.Disposable {
  const profiles = new ProfileLookup(workspace);
  return vscode.Disposable.from(
    vscode.languages.registerDocumentLinkProvider(MARKDOWN, new RecordIdLinks(workspace, profiles)),
    vscode.languages.registerHoverProvider(MARKDOWN, new RecordIdHover(workspace, profiles)),
  );
}

/** The profile (and so the id prefixes) that applies to a document: its folder's, else the default. */
class ProfileLookup {
  private fallback: Profile | undefined;

  constructor(private readonly workspace: RecordWorkspace) {}

  for(document: vscode.TextDocument): Profile {
    return this.workspace.stateFor(document.uri)?.setup.setup.profile ?? (this.fallback ??= buildProfile());
  }

  prefixes(document: vscode.TextDocument): string[] {
    return Object.values(this.for(document).types).map((type) => type.idPrefix);
  }
}

/** The record an id refers to, seen from a document: another file with that id (a record's own id is not a link). */
function targetOf(workspace: RecordWorkspace, id: string, from: vscode.Uri): IndexedRecord | undefined {
  return workspace.recordsWithId(id).find((record) => record.uri.toString() !== from.toString());
}

class RecordIdLinks implements vscode.DocumentLinkProvider {
  constructor(private readonly workspace: RecordWorkspace, private readonly profiles: ProfileLookup) {}

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const links: vscode.DocumentLink[] = [];
    for (const mention of findRecordMentions(document.getText(), this.profiles.prefixes(document))) {
      const target = targetOf(this.workspace, mention.id, document.uri);
      if (!target) continue;
      const range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
      const link = new vscode.DocumentLink(range, target.uri);
      link.tooltip = `Open ${mention.id}${target.summary.title ? `: ${target.summary.title}` : ''}`;
      links.push(link);
    }
    return links;
  }
}

class RecordIdHover implements vscode.HoverProvider {
  constructor(private readonly workspace: RecordWorkspace, private readonly profiles: ProfileLookup) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const token = frontmatterTokenAt(document.getText(), document.offsetAt(position));
    if (token?.kind === 'value' && FIELD_HOVER_KEYS.has(token.key)) return undefined;
    const pattern = recordIdPattern(this.profiles.prefixes(document));
    const line = document.lineAt(position.line).text;
    for (const match of line.matchAll(pattern)) {
      const start = match.index!;
      const end = start + match[0].length;
      if (position.character < start || position.character > end) continue;
      const records = this.workspace.recordsWithId(match[0]);
      const range = new vscode.Range(position.line, start, position.line, end);
      return new vscode.Hover(recordHover(match[0], records, this.profiles.for(document)), range);
    }
    return undefined;
  }
}
