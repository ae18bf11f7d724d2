import * as vscode from 'vscode';
import { ruleDocsAnchor, type Finding } from '../../core';
import { toVscodeRange, toVscodeSeverity } from '../convert';
import type { RecordWorkspace } from '../workspace/recordWorkspace';

export const DIAGNOSTIC_SOURCE = 'incident-records';

/**
 * Publishes the index's findings as diagnostics, one file at a time (never a global clear): every file
 * the index reports as changed is re-published, and a file without findings has its entry removed.
 */
export function publishDiagnostics(workspace: RecordWorkspace, extensionUri: vscode.Uri): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  const settings = () => vscode.workspace.getConfiguration('incidentRecords');
  const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString());
  const publish = (uri: vscode.Uri) => {
    const visible = settings().get<boolean>('enable', true) && (settings().get('problems.scope') !== 'openFiles' || isOpen(uri));
    const findings = visible ? workspace.findings(uri) : [];
    if (findings.length === 0) collection.delete(uri);
    else collection.set(uri, findings.map((finding) => toDiagnostic(finding, uri, workspace, extensionUri)));
  };
  const publishAll = () => {
    collection.forEach((uri) => publish(uri));
    for (const uri of workspace.allUris()) publish(uri);
  };
  return vscode.Disposable.from(
    collection,
    workspace.onDidChange((uris) => uris.forEach(publish)),
    vscode.workspace.onDidOpenTextDocument((document) => publish(document.uri)),
    vscode.workspace.onDidCloseTextDocument((document) => publish(document.uri)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('incidentRecords.enable') || event.affectsConfiguration('incidentRecords.problems.scope')) publishAll();
    }),
  );
}

export function toDiagnostic(finding: Finding, uri: vscode.Uri, workspace: RecordWorkspace, extensionUri: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVscodeRange(finding.range), finding.message, toVscodeSeverity(finding.severity));
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = {
    value: finding.rule,
    target: vscode.Uri.joinPath(extensionUri, 'docs', 'rules.md').with({ fragment: ruleDocsAnchor(finding.rule) }),
  };
  const state = workspace.stateFor(uri);
  if (finding.related && state) {
    diagnostic.relatedInformation = finding.related.map((related) =>
      new vscode.DiagnosticRelatedInformation(new vscode.Location(state.uriOf(related.file), toVscodeRange(related.range)), related.message));
  }
  return diagnostic;
}
