// Configuration changes in a real VS Code: editing .incident-records.json re-checks the workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsOf, diagnosticsWhen, workspaceUri, writeFile } from './testUtils';

const CORRECTIVE_ACTION = ['corrective-actions', 'CA-2026-100-mask-ci-secrets.md'];

describe('configuration', () => {
  let original: Uint8Array;
  const configUri = () => workspaceUri('.incident-records.json');

  before(async () => {
    await activateExtension();
    original = await vscode.workspace.fs.readFile(configUri());
  });

  after(async () => {
    await vscode.workspace.fs.writeFile(configUri(), original);
    await diagnosticsWhen(workspaceUri(...CORRECTIVE_ACTION), (diagnostics) => diagnostics.some((d) => codeOf(d) === 'due-date'));
  });

  it('a rule severity set in the config file applies without reopening anything', async () => {
    const uri = workspaceUri(...CORRECTIVE_ACTION);
    const before = await diagnosticsWhen(uri, (diagnostics) => diagnostics.some((d) => codeOf(d) === 'due-date'));
    assert.equal(before.find((d) => codeOf(d) === 'due-date')?.severity, vscode.DiagnosticSeverity.Warning);
    await writeFile(configUri(), JSON.stringify({ rules: { 'due-date': 'error' } }));
    const after = await diagnosticsWhen(uri, (diagnostics) => diagnostics.find((d) => codeOf(d) === 'due-date')?.severity === vscode.DiagnosticSeverity.Error);
    assert.equal(after.filter((d) => codeOf(d) === 'due-date').length, 1);
  });

  it('a file the config now excludes loses its diagnostics', async () => {
    const uri = workspaceUri(...CORRECTIVE_ACTION);
    await writeFile(configUri(), JSON.stringify({ exclude: ['corrective-actions/**'] }));
    await diagnosticsWhen(uri, (diagnostics) => diagnostics.length === 0);
    assert.deepEqual(diagnosticsOf(uri), []);
  });
});
