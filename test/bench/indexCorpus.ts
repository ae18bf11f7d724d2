// A generated workspace for the index benchmark: all four record types, 2–8 KB each, varied
// completeness, corrective actions and their sources pointing at each other (a few dangling, a few
// duplicate ids). Deterministic for a given count.
import { rng as random } from './corpus';

const PEOPLE = ['Dana Whitfield', 'Marco Ruiz', 'Priya Raman', 'S. Lee', 'A. Chen', 'J. Okafor', 'M. Novak'];
const INCIDENT_STATUSES = ['triage', 'investigating', 'contained', 'resolved', 'closed', 'closed'];
const ACTION_STATUSES = ['open', 'in-progress', 'done'];
const PROSE = [
  'The on-call engineer acknowledged the page, checked the dashboards and confirmed the alert was not a false positive. ',
  'Access logs for the affected service were exported and reviewed for requests from unknown addresses. ',
  'The service owner was informed and agreed to the containment plan before any change was made. ',
  'A follow-up review compared the configuration against the baseline and found no further drift. ',
];

type Kind = 'incident' | 'near-miss' | 'tabletop' | 'corrective-action';

const INCIDENT_SECTIONS = ['Summary', 'Timeline', 'Investigation', 'Response actions', 'Communication', 'Evidence', 'Closure', 'Lessons learned', 'Corrective actions'];
const SECTIONS: Record<Kind, string[]> = {
  'incident': INCIDENT_SECTIONS,
  'near-miss': INCIDENT_SECTIONS,
  'tabletop': ['Scenario', 'Observations', 'Action items', 'Lessons learned'],
  'corrective-action': ['Description', 'Verification', 'Rationale'],
};

export interface GeneratedFile {
  path: string;
  text: string;
}

const pad = (n: number) => String(n).padStart(5, '0');
const day = (n: number) => `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;

const KINDS: { kind: Kind; prefix: string; folder: string; share: number }[] = [
  { kind: 'incident', prefix: 'INC', folder: 'incidents', share: 0.5 },
  { kind: 'near-miss', prefix: 'NM', folder: 'near-misses', share: 0.15 },
  { kind: 'tabletop', prefix: 'TTX', folder: 'tabletops', share: 0.1 },
  { kind: 'corrective-action', prefix: 'CA', folder: 'corrective-actions', share: 0.25 },
];

export function generateWorkspace(count: number): GeneratedFile[] {
  const counts = KINDS.map((k) => Math.round(k.share * count));
  counts[0] += count - counts.reduce((a, b) => a + b, 0);
  const files: GeneratedFile[] = [];
  KINDS.forEach((k, i) => {
    for (let n = 1; n <= counts[i]; n++) files.push(generateFile(k.kind, k.prefix, k.folder, n, counts[3]));
  });
  return files;
}

function generateFile(kind: Kind, prefix: string, folder: string, n: number, actions: number): GeneratedFile {
  const rnd = random(n * 7919 + prefix.length * 104729);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const complete = rnd() < 0.4;
  // one in 500 records reuses another's id
  const id = `${prefix}-2026-${pad(rnd() < 0.002 ? Math.max(1, n - 1) : n)}`;
  const title = `${pick(['Suspicious', 'Unexpected', 'Failed', 'Delayed', 'Exposed'])} ${pick(['login', 'bucket policy', 'certificate renewal', 'backup job', 'OAuth grant', 'deploy'])} ${n}`;
  const fm: string[] = ['---', `id: ${id}`, `title: ${title}`, `type: ${kind}`];
  if (kind === 'corrective-action') {
    fm.push(`status: ${pick(ACTION_STATUSES)}`, `owner: ${pick(PEOPLE)}`, `due_date: ${day(n)}`);
    // sources: mostly existing incidents, some dangling
    fm.push(`source: INC-2026-${pad(rnd() < 0.97 ? 1 + Math.floor(rnd() * actions * 2) : 90000 + n)}`);
  } else {
    const status = kind === 'tabletop' ? pick(['planned', 'completed']) : pick(INCIDENT_STATUSES);
    fm.push(`status: ${status}`);
    if (complete || rnd() < 0.7) fm.push(`severity: SEV${1 + Math.floor(rnd() * 4)}`);
    if (complete || rnd() < 0.8) fm.push(`owner: ${pick(PEOPLE)}`);
    const dateField = kind === 'tabletop' ? 'exercised_at' : 'detected_at';
    fm.push(`${dateField}: ${day(n)}T08:${String(n % 60).padStart(2, '0')}:00Z`);
    if (kind === 'tabletop') {
      if (complete || rnd() < 0.7) fm.push(`attendees: [${pick(PEOPLE)}, ${pick(PEOPLE)}]`);
    } else if (complete || rnd() < 0.6) fm.push('detection_source: SIEM correlation rule');
    if (status !== 'triage') fm.push(`contained_at: ${day(n)}T09:30:00Z`);
    if (status === 'closed' && (complete || rnd() < 0.5)) fm.push(`resolved_at: ${day(n)}T12:00:00Z`, `closed_at: ${day(n)}T18:00:00Z`);
    if (complete) fm.push('compromise: ruled-out', 'impact: none', `approved_by: ${pick(PEOPLE)}`);
    if (rnd() < 0.6) fm.push(`corrective_actions: [CA-2026-${pad(1 + Math.floor(rnd() * actions * 1.02))}]`);
  }
  fm.push('---', '', `# ${title}`, '');
  const sections = SECTIONS[kind];
  const kept = sections.filter(() => complete || rnd() < 0.65);
  const target = 2000 + Math.floor(rnd() * 6000);
  const head = fm.join('\n');
  const perSection = Math.max(1, Math.floor((target - head.length) / Math.max(1, kept.length) / 110));
  const body: string[] = [];
  for (const section of kept) {
    body.push(`## ${section}`, '');
    if (section === 'Timeline') for (let h = 8; h < 8 + Math.min(12, perSection * 2); h++) body.push(`- ${day(n)}T${String(h).padStart(2, '0')}:00Z ${pick(PROSE).slice(0, 60)}`);
    else if (section === 'Evidence') body.push(`- [alert](https://siem.example/alerts/${n})`, '', '```text', `${day(n)} 08:00:01 auth failure user=svc-${n}`, '```');
    else for (let p = 0; p < perSection; p++) body.push(pick(PROSE));
    body.push('');
  }
  return { path: `${folder}/${id}.md`, text: `${head}\n${body.join('\n')}` };
}

/** A small, realistic edit: change the status, add a line of prose, or drop a section's content. */
export function editFile(text: string, n: number): string {
  switch (n % 3) {
    case 0: return text.replace(/^status: (\S+)/m, (_, status) => `status: ${status === 'closed' ? 'resolved' : 'closed'}`);
    case 1: return text.replace(/\n## Summary\n\n/, `\n## Summary\n\nEdit ${n}: ${PROSE[n % PROSE.length]}\n`);
    default: return text.replace(/^owner: .*$/m, `owner: ${PEOPLE[n % PEOPLE.length]}`);
  }
}
