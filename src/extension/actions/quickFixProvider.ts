import * as vscode from 'vscode';
import type { Finding } from '../../core';
import { sameRange } from '../convert';
import { DIAGNOSTIC_SOURCE } from '../diagnostics/diagnosticsPublisher';
import type { CurrentFindingsCache } from './currentFindings';
import { fixAllPlan, toWorkspaceEdit } from './fixEdits';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('incidentRecords');
const FIX_ALL_TITLE = 'Fix all auto-fixable problems in this record';

/**
 * Quick fixes for our diagnostics (each of the core finding's fixes), a "fix all" quick fix when the
 * record has several safe fixes, and `source.fixAll.incidentRecords` (for `editor.codeActionsOnSave`).
 */
export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly current: CurrentFindingsCache) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!vscode.workspace.getConfiguration('incidentRecords', document.uri).get<boolean>('enable', true)) return [];
    const only = context.only;
    const actions: vscode.CodeAction[] = [];
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
    if (ours.length > 0 && (!only || only.intersects(vscode.CodeActionKind.QuickFix))) {
      actions.push(...this.quickFixes(document, ours));
    }
    if (only?.intersects(FIX_ALL_KIND)) {
      const fixAll = this.fixAll(document, FIX_ALL_KIND);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }

  private quickFixes(document: vscode.TextDocument, diagnostics: vscode.Diagnostic[]): vscode.CodeAction[] {
    const found = this.current.of(document);
    if (!found) return [];
    const actions: vscode.CodeAction[] = [];
    let fixable = 0;
    for (const diagnostic of diagnostics) {
      const finding = matchingFinding(found.findings, diagnostic);
      if (!finding?.fixes?.length) continue;
      fixable++;
      for (const fix of finding.fixes) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document.uri, fix.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred === true && finding.fixes.length === 1;
        actions.push(action);
      }
    }
    if (fixable > 0) {
      const fixAll = this.fixAll(document, vscode.CodeActionKind.QuickFix, 2);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }

  /** One action applying every preferred fix of the document; only when at least `minimum` fixes take part. */
  private fixAll(document: vscode.TextDocument, kind: vscode.CodeActionKind, minimum = 1): vscode.CodeAction | undefined {
    const plan = fixAllPlan(document, this.current);
    if (!plan || plan.applied.length < minimum) return undefined;
    const action = new vscode.CodeAction(FIX_ALL_TITLE, kind);
    action.edit = toWorkspaceEdit(document.uri, plan.edits);
    return action;
  }
}

/** The current finding a diagnostic stands for: same rule, same range (a stale diagnostic matches nothing). */
export function matchingFinding(findings: readonly Finding[], diagnostic: vscode.Diagnostic): Finding | undefined {
  const code = diagnostic.code;
  const rule = typeof code === 'object' && code !== null ? String(code.value) : String(code);
  return findings.find((finding) => finding.rule === rule && sameRange(diagnostic.range, finding.range));
}
