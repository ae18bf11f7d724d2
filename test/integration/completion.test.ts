// Completion and hover in record frontmatter, in a real VS Code, on records written under cmp-tests/.
// Field names and descriptions come from schemas/record.schema.json; values from the default profile.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import recordSchema from '../../schemas/record.schema.json';
import type { IncidentRecordsApi } from '../../src/extension/extension';
import { activateExtension, closeAllEditors, openInEditor, waitForEvent, workspaceUri, writeFile } from './testUtils';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const DESCRIPTIONS = recordSchema.properties as Record<string, { description: string }>;

const ACTION_RECORD = [
  '---',
  'id: CA-CMP-1',
  'title: Rotate the export token',
  'type: corrective-action',
  'status: open',
  'owner: Integration Test',
  'source: CMP-INC-1',
  '---',
  '',
  '# Rotate the export token',
  '',
].join('\n');

const INCIDENT_RECORD = [
  '---',
  'id: CMP-INC-1',
  'title: Completion record',
  'type: incident',
  'status: triage',
  'severity: ',
  'owner: Integration Test',
  '',
  'detected_at: ',
  'corrective_actions: [CA-CMP-1]',
  '---',
  '',
  '# Completion record',
  '',
].join('\n');

function positionAfter(document: vscode.TextDocument, linePrefix: string): vscode.Position {
  for (let line = 0; line < document.lineCount; line++) {
    const text = document.lineAt(line).text;
    if (text.startsWith(linePrefix)) return new vscode.Position(line, linePrefix.length);
  }
  throw new Error(`no line starts with ${JSON.stringify(linePrefix)}`);
}

async function completionsAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items;
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
const markdownOf = (value: vscode.MarkdownString | string | { value: string } | undefined) => (typeof value === 'string' ? value : value?.value ?? '');

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((hover) => hover.contents.map((content) => markdownOf(content as vscode.MarkdownString))).join('\n');
}

describe('frontmatter completion and hover', function () {
  const folder = workspaceUri('cmp-tests');
  const actionUri = vscode.Uri.joinPath(folder, 'CA-CMP-1.md');
  const incidentUri = vscode.Uri.joinPath(folder, 'CMP-INC-1.md');
  let api: IncidentRecordsApi;
  let document: vscode.TextDocument;

  before(async function () {
    this.timeout(60000);
    api = await activateExtension();
    await vscode.workspace.fs.createDirectory(folder);
    await writeFile(actionUri, ACTION_RECORD);
    await writeFile(incidentUri, INCIDENT_RECORD);
    const indexed = () => api.workspace.recordsWithId('CA-CMP-1').length > 0;
    // checked and subscribed in one synchronous step, so the event cannot slip in between
    if (!indexed()) await waitForEvent(api.workspace.onDidChange, indexed, 15000, 'CA-CMP-1 in the index');
    document = (await openInEditor(incidentUri)).document;
  });

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('offers the profile’s severities after `severity: `', async () => {
    const labels = (await completionsAt(incidentUri, positionAfter(document, 'severity: '))).map(labelOf);
    for (const value of ['SEV1', 'SEV2', 'SEV3', 'SEV4']) assert.ok(labels.includes(value), `${value} in ${labels.join(', ')}`);
  });

  it('offers field names of the record’s type on a new frontmatter line, absent ones first, with their description', async () => {
    const blank = positionAfter(document, 'owner: ').translate(1, -'owner: '.length);
    assert.equal(document.lineAt(blank.line).text, '');
    const items = await completionsAt(incidentUri, blank);
    const fields = items.filter((item) => item.kind === vscode.CompletionItemKind.Property);
    const names = fields.map(labelOf);
    for (const name of ['detection_source', 'contained_at', 'closed_at', 'compromise', 'approved_by']) assert.ok(names.includes(name), `${name} offered`);
    assert.ok(!names.includes('due_date') && !names.includes('attendees'), 'fields of other types are not offered');
    const sortOf = (name: string) => fields.find((item) => labelOf(item) === name)!.sortText!;
    assert.ok(sortOf('closed_at') < sortOf('id'), 'absent fields sort before present ones');
    const docs = markdownOf(fields.find((item) => labelOf(item) === 'detection_source')!.documentation as vscode.MarkdownString);
    assert.ok(docs.includes(DESCRIPTIONS.detection_source.description), docs);
  });

  it('offers now, with the time zone offset, for a date-time field', async () => {
    const items = await completionsAt(incidentUri, positionAfter(document, 'detected_at: '));
    const now = items.map(labelOf).find((label) => ISO_WITH_OFFSET.test(label));
    assert.ok(now, `an ISO 8601 time with offset among ${items.map(labelOf).join(', ')}`);
  });

  it('offers ids of corrective-action records inside `corrective_actions: [ ]`, with their titles', async () => {
    const items = await completionsAt(incidentUri, positionAfter(document, 'corrective_actions: ['));
    const action = items.find((item) => labelOf(item) === 'CA-CMP-1');
    assert.ok(action, 'CA-CMP-1 offered');
    assert.equal(action.detail, 'Rotate the export token');
    assert.ok(!items.some((item) => labelOf(item) === 'CMP-INC-1'), 'an incident is not a corrective action');
  });

  it('shows a field’s description and whether the type requires it on hover', async () => {
    const text = await hoverText(incidentUri, positionAfter(document, 'sever'));
    assert.ok(text.includes(DESCRIPTIONS.severity.description), text);
    assert.match(text, /Required for incident records/);
  });

  it('shows the referenced record’s title, status and completeness on hover over its id', async () => {
    const text = await hoverText(incidentUri, positionAfter(document, 'corrective_actions: [CA-'));
    assert.match(text, /CA-CMP-1/);
    assert.match(text, /Rotate the export token/);
    assert.match(text, /`open`/);
    assert.match(text, /\d+\/\d+ done/);
  });

  it('offers nothing in the Markdown body', async () => {
    const items = await completionsAt(incidentUri, positionAfter(document, '# Completion'));
    assert.ok(!items.some((item) => item.kind === vscode.CompletionItemKind.Property && labelOf(item) === 'severity'));
  });
});
