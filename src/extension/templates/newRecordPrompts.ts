import * as vscode from 'vscode';
import type { Profile, RecordSummary } from '../../core';
import type { IndexedRecord } from '../workspace/recordWorkspace';

/** The questions the "New …" commands ask when they are run by a person. Each resolves to undefined on Escape. */

export async function askTitle(label: string): Promise<string | undefined> {
  const title = await vscode.window.showInputBox({
    title: `New ${label}`,
    prompt: 'One line saying what happened or what it is about; it becomes the heading and the file name.',
    placeHolder: 'e.g. Phished admin credentials used on the support console',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? 'A record needs a title so it can be found and cited.' : undefined),
  });
  return title?.trim() || undefined;
}

export async function askSeverity(label: string, severities: string[]): Promise<string | undefined> {
  const items = severities.map((severity, index) => ({
    label: severity,
    description: index === 0 ? 'most severe' : index === severities.length - 1 ? 'least severe' : undefined,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `New ${label}: severity`,
    placeHolder: 'How severe is it? It shows the event was triaged and prioritised (CC7.3).',
    ignoreFocusOut: true,
  });
  return picked?.label;
}

interface SourceItem extends vscode.QuickPickItem {
  record: IndexedRecord;
}

/** Picks the record a corrective action comes from; the active editor's record is offered first. */
export async function askSource(candidates: IndexedRecord[], profile: Profile, active: vscode.Uri | undefined): Promise<IndexedRecord | undefined> {
  if (candidates.length === 0) {
    void vscode.window.showWarningMessage('There is no incident, near miss or tabletop in the index for a corrective action to come from. Create one first.');
    return undefined;
  }
  const isActive = (record: IndexedRecord) => active !== undefined && record.uri.toString() === active.toString();
  const sorted = [...candidates].sort((a, b) => Number(isActive(b)) - Number(isActive(a)) || (b.summary.date ?? '').localeCompare(a.summary.date ?? '') || (a.summary.id ?? '').localeCompare(b.summary.id ?? ''));
  const items: SourceItem[] = sorted.map((record) => ({
    label: record.summary.id ?? '(no id)',
    description: record.summary.title ?? undefined,
    detail: describeRecord(record.summary, profile) + (isActive(record) ? ' · active editor' : ''),
    record,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'New Corrective Action: source record',
    placeHolder: 'Which incident, near miss or tabletop does this corrective action come from?',
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  return picked?.record;
}

export function describeRecord(summary: RecordSummary, profile: Profile): string {
  const type = summary.type ? profile.types[summary.type]?.label ?? summary.type : 'Record';
  return [type, summary.status, summary.date?.slice(0, 10)].filter(Boolean).join(' · ');
}

/** Asks which type of record to create (the `New Record…` command). */
export async function askType(profile: Profile, types: readonly string[]): Promise<string | undefined> {
  const items = types.filter((type) => profile.types[type]).map((type) => ({
    label: profile.types[type].label,
    description: `${profile.types[type].idPrefix}-… in ${profile.types[type].folder}/`,
    type,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: 'New Incident Record', placeHolder: 'Which kind of record?', ignoreFocusOut: true });
  return picked?.type;
}

export type LinkChoice = 'link' | 'skip' | undefined;

/** Confirms the edit to the source record before anything is written. */
export async function confirmLink(id: string, source: IndexedRecord): Promise<LinkChoice> {
  const link = `Add to ${source.summary.id}`;
  const skip = 'Create Without Adding';
  const answer = await vscode.window.showInformationMessage(
    `Add ${id} to the corrective_actions of ${source.summary.id}?`,
    { modal: true, detail: `${source.summary.id} "${source.summary.title ?? ''}" will list the new corrective action, so auditors can trace the fix back (CC7.5). This is one edit you can undo.` },
    link,
    skip,
  );
  return answer === link ? 'link' : answer === skip ? 'skip' : undefined;
}
