// Generates realistic incident-evidence records of 2–8 KB with varied completeness, deterministically.

const STATUSES = ['triage', 'investigating', 'contained', 'resolved', 'closed'];
const PEOPLE = ['Dana Whitfield', 'Marco Ruiz', 'Priya Raman', 'S. Lee', 'A. Chen'];
const FILLER = 'The responder reviewed the alert, correlated it with the access logs and confirmed the scope with the service owner before acting. ';

/** A small deterministic xorshift generator: the same corpus on every run. */
export function rng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

export function generateRecord(n: number): string {
  const random = rng(n * 7919 + 1);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const status = pick(STATUSES);
  const complete = random() < 0.5;
  const size = 2000 + Math.floor(random() * 6000);
  const day = 1 + (n % 28);
  const fm = [
    '---',
    `id: INC-2026-${String(n).padStart(5, '0')}`,
    `title: Generated incident ${n}`,
    'type: incident',
    `status: ${status}`,
    complete || random() < 0.5 ? `severity: SEV${1 + (n % 4)}` : 'severity:',
    `owner: ${pick(PEOPLE)}`,
    `detected_at: 2026-03-${String(day).padStart(2, '0')}T08:00:00Z`,
    complete ? 'detection_source: SIEM correlation rule' : '',
    `contained_at: 2026-03-${String(day).padStart(2, '0')}T09:00:00Z`,
    status === 'closed' ? `closed_at: 2026-03-${String(day).padStart(2, '0')}T18:00:00Z` : '',
    complete ? 'compromise: ruled-out\nimpact: none\napproved_by: Priya Raman' : '',
    `corrective_actions: [CA-2026-${String(n).padStart(5, '0')}]`,
    '---',
    '',
    `# Generated incident ${n}`,
    '',
  ].filter((line) => line !== '');
  const sections = ['Summary', 'Timeline', 'Investigation', 'Response actions', 'Communication', 'Evidence', 'Closure', 'Lessons learned', 'Corrective actions']
    .filter(() => complete || random() < 0.7);
  const body: string[] = [];
  const per = Math.max(1, Math.floor((size - fm.join('\n').length) / sections.length / FILLER.length));
  for (const title of sections) {
    body.push(`## ${title}`, '');
    if (title === 'Timeline') for (let h = 8; h < 14; h++) body.push(`- 2026-03-${String(day).padStart(2, '0')}T${String(h).padStart(2, '0')}:00Z step ${h}`);
    else if (title === 'Evidence') body.push('- [SIEM alert](https://siem.example/alerts/1)', '', '```text', 'log line', '```');
    else body.push(FILLER.repeat(per).trim());
    body.push('');
  }
  return `${fm.join('\n')}\n${body.join('\n')}`;
}

/** A single large record: a Timeline table of `rows` rows (≈ 100 bytes each). */
export function generateLargeRecord(rows: number): string {
  const lines = ['---', 'id: INC-2026-99999', 'title: Long incident', 'type: incident', 'status: contained', 'severity: SEV1', 'owner: Dana', 'detected_at: 2026-01-01T00:00:00Z', 'detection_source: SIEM', '---', '', '# Long incident', '', '## Timeline', '', '| Time | Who | Event |', '|---|---|---|'];
  for (let i = 0; i < rows; i++) {
    const t = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().slice(0, 16);
    lines.push(`| ${t}Z | @dana | Step ${i}: checked the affected hosts and recorded the result |`);
  }
  lines.push('', '## Evidence', '', '[alert](https://siem.example/1)', '');
  return lines.join('\n');
}
