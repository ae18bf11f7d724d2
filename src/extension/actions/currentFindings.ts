import type * as vscode from 'vscode';
import type { Finding } from '../../core';
import type { RecordWorkspace } from '../workspace/recordWorkspace';

export interface CurrentFindings {
  /** The file's own findings (cross-record rules carry no fixes), rules turned `off` left out. */
  findings: Finding[];
  /** The record type's checklist item ids in order: the template's section order, for Fix all. */
  ruleOrder: string[];
}

/**
 * Findings with fixes computed from the document's current text, at most once per document version.
 * The index re-checks open documents only after a debounce, so its fixes may be for older text; edits
 * computed here always match the text they are applied to (fix-all on save runs before that re-check).
 * A diagnostic whose range no longer matches any current finding simply gets no fix.
 */
export class CurrentFindingsCache {
  private readonly cache = new WeakMap<vscode.TextDocument, { version: number; result: CurrentFindings }>();

  constructor(private readonly workspace: RecordWorkspace) {}

  of(document: vscode.TextDocument): CurrentFindings | undefined {
    const cached = this.cache.get(document);
    if (cached && cached.version === document.version) return cached.result;
    const state = this.workspace.stateFor(document.uri);
    if (!state) return undefined;
    const { checker, rules } = state.setup.setup;
    const check = checker.check(document.getText(), { path: state.pathOf(document.uri), now: new Date() });
    const type = check.record?.type ? checker.profile.types[check.record.type] : undefined;
    const result: CurrentFindings = {
      findings: check.findings.filter((finding) => rules[finding.rule] !== 'off'),
      ruleOrder: type?.checklist.map((item) => item.id) ?? [],
    };
    this.cache.set(document, { version: document.version, result });
    return result;
  }
}
