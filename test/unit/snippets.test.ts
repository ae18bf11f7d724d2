import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_TYPES, workspaceSetup, type Finding } from '../../src/core';
import { findFrontmatterBlock } from '../../src/core/parse/frontmatterBlock';
import { prepareNewRecord } from '../../src/core/templates/newRecordText';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const ROOT = join(__dirname, '../..');
const snippets: Record<string, Snippet> = JSON.parse(readFileSync(join(ROOT, 'snippets/incident-records.code-snippets'), 'utf8'));
const templates = Object.fromEntries(RECORD_TYPES.map((type) => [type, readFileSync(join(ROOT, 'templates', `${type}.md`), 'utf8')]));
const setup = workspaceSetup({}, templates);
const SHORT: Record<string, string> = { incident: 'inc', 'near-miss': 'nm', tabletop: 'ttx', 'corrective-action': 'ca' };

/** The checks run "now"; snippet time variables are an hour earlier, in UTC. */
const NOW = new Date('2026-11-23T12:00:00Z');
const VARIABLES: Record<string, string> = {
  CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '23', CURRENT_HOUR: '11', CURRENT_MINUTE: '05', CURRENT_SECOND: '09', CURRENT_TIMEZONE_OFFSET: '+00:00',
};

/**
 * Expands VS Code snippet syntax the way the editor does when every tab stop is left at its default:
 * placeholders keep their text, choices take `choice`, bare tab stops are empty. Throws on syntax the
 * editor would not accept and on variables it would not know.
 */
function expand(body: string, choice: (options: string[]) => string = (options) => options[0]): string {
  let at = 0;
  const fail = (what: string): never => { throw new Error(`${what} at ${at} in ${JSON.stringify(body)}`); };
  const parseUntil = (stop: string | null): string => {
    let out = '';
    while (at < body.length) {
      const ch = body[at];
      if (stop !== null && ch === stop) return out;
      if (ch === '\\' && '$}\\'.includes(body[at + 1] ?? '')) { out += body[at + 1]; at += 2; continue; }
      if (ch !== '$') { out += ch; at++; continue; }
      at++;
      const bare = /^(\d+|[A-Z_][A-Z0-9_]*)/.exec(body.slice(at));
      if (bare) { at += bare[0].length; out += /^\d/.test(bare[0]) ? '' : variable(bare[0]); continue; }
      if (body[at] !== '{') { out += '$'; continue; }
      at++;
      const name = /^(\d+|[A-Z_][A-Z0-9_]*)/.exec(body.slice(at))?.[0] ?? fail('a tab stop or variable name');
      at += name.length;
      const isTabStop = /^\d/.test(name);
      if (body[at] === '}') { at++; out += isTabStop ? '' : variable(name); continue; }
      if (body[at] === ':') {
        at++;
        const inner = parseUntil('}');
        if (body[at] !== '}') fail('an unclosed placeholder');
        at++;
        out += isTabStop ? inner : (VARIABLES[name] ?? inner);
        continue;
      }
      if (body[at] === '|' && isTabStop) {
        const end = body.indexOf('|}', at + 1);
        if (end < 0) fail('an unclosed choice');
        const options = body.slice(at + 1, end).split(/(?<!\\),/).map((option) => option.replace(/\\([,|\\])/g, '$1'));
        at = end + 2;
        out += choice(options);
        continue;
      }
      fail('an unexpected character');
    }
    if (stop !== null) fail('a missing closing brace');
    return out;
  };
  const variable = (name: string) => VARIABLES[name] ?? fail(`the unknown variable ${name}`);
  return parseUntil(null);
}

const bodyOf = (snippet: Snippet) => (Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body);
const prefixesOf = (snippet: Snippet) => (Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix]);
function byPrefix(prefix: string): Snippet {
  const found = Object.values(snippets).find((snippet) => prefixesOf(snippet).includes(prefix));
  if (!found) throw new Error(`no snippet with prefix ${prefix}`);
  return found;
}

function newRecord(type: string): string {
  const values = { id: `${setup.profile.types[type].idPrefix}-2026-001`, type, title: 'Sample', now: '2026-11-23T11:00:00Z', owner: 'Dana', severity: 'SEV2', source: 'INC-2026-001' };
  return prepareNewRecord(templates[type], values, setup.checker, { path: 'records/new.md', now: NOW }).text;
}

function findingsOf(text: string): Finding[] {
  return setup.checker.check(text, { path: 'records/new.md', now: NOW }).findings;
}

const rules = (text: string) => findingsOf(text).map((finding) => finding.rule).sort();

/** Inserts text at the end of a section's guidance comment line. */
function insertInSection(text: string, title: string, insertion: string): string {
  const heading = text.indexOf(`\n## ${title}\n`);
  assert.ok(heading >= 0, `section ${title}`);
  const guidanceEnd = text.indexOf('-->\n', heading) + 4;
  return `${text.slice(0, guidanceEnd)}\n${insertion}\n${text.slice(guidanceEnd)}`;
}

describe('snippets', () => {
  it('are well-formed: a unique ir- prefix, a description and a body that expands', () => {
    const seen = new Set<string>();
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(snippet.description.length > 10, name);
      for (const prefix of prefixesOf(snippet)) {
        assert.match(prefix, /^ir-[a-z0-9-]+$/, name);
        assert.ok(!seen.has(prefix), `duplicate prefix ${prefix}`);
        seen.add(prefix);
      }
      assert.doesNotThrow(() => expand(bodyOf(snippet)), name);
    }
  });

  it('a timeline row carries the current time as ISO 8601 with offset, and keeps the timeline in order', () => {
    const row = expand(bodyOf(byPrefix('ir-timeline')));
    assert.match(row, /^- 2026-11-23T11:05:09\+00:00 What happened \(@who\)$/);
    const text = insertInSection(newRecord('incident'), 'Timeline', row).replace('- 2026-11-23T11:00:00Z Record opened\n', '');
    assert.deepEqual(rules(text), ['detection-source']);
    const later = text.replace(/(<!-- One row per event[^\n]*-->\n\n- [^\n]+\n)/, '$1- 2026-11-23T11:10:00Z Contained\n');
    assert.deepEqual(rules(later), ['detection-source'], 'rows stay in order');
  });

  it('a communication log entry says who told whom, when and how, and satisfies Communication', () => {
    const entry = expand(bodyOf(byPrefix('ir-comm')), (options) => options.at(-1)!);
    assert.match(entry, /^- 2026-11-23T11:05:09\+00:00 \*\*Who\*\* → whom .* via ticket: what was said$/);
    const contained = newRecord('incident').replace('status: triage', 'status: contained');
    assert.ok(rules(contained).includes('communication'));
    assert.ok(!rules(insertInSection(contained, 'Communication', entry)).includes('communication'));
  });

  it('an evidence link counts as evidence', () => {
    const contained = newRecord('incident').replace('status: triage', 'status: contained');
    assert.ok(rules(contained).includes('evidence'));
    assert.ok(!rules(insertInSection(contained, 'Evidence', expand(bodyOf(byPrefix('ir-evidence'))))).includes('evidence'));
  });

  it('an action item has an owner and a due date, and satisfies Action items', () => {
    const item = expand(bodyOf(byPrefix('ir-action')));
    assert.match(item, /owner @owner, due 2026-11-23$/);
    const completed = newRecord('tabletop').replace('status: planned', 'status: completed');
    assert.ok(rules(completed).includes('action-items'));
    assert.ok(!rules(insertInSection(completed, 'Action items', item)).includes('action-items'));
  });

  it('a corrective-action reference satisfies Corrective actions', () => {
    const closedSection = newRecord('incident').replace('status: triage', 'status: closed');
    assert.ok(rules(closedSection).includes('corrective-actions'));
    assert.ok(!rules(insertInSection(closedSection, 'Corrective actions', expand(bodyOf(byPrefix('ir-ca-ref'))))).includes('corrective-actions'));
  });

  describe('a section snippet for each section of each record type, identical to the template', () => {
    for (const type of RECORD_TYPES) {
      it(type, () => {
        const text = newRecord(type);
        const titles = [...text.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
        assert.ok(titles.length >= 3);
        for (const title of titles) {
          const snippet = byPrefix(`ir-${SHORT[type]}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
          const expansion = expand(bodyOf(snippet));
          const start = text.indexOf(`## ${title}\n`);
          const guidanceEnd = text.indexOf('-->\n', start) + 4;
          assert.equal(expansion, `${text.slice(start, guidanceEnd)}\n`, `${type}: ${title}`);
          // the record with that section removed, then inserted again from the snippet, is checked the same
          const next = text.indexOf('\n## ', start + 1);
          const sectionEnd = next < 0 ? text.length : next + 1;
          const rebuilt = text.slice(0, start) + expansion + (next < 0 ? '' : '\n') + text.slice(sectionEnd);
          assert.deepEqual(rules(rebuilt), rules(text), `${type}: ${title}`);
        }
      });
    }
  });

  describe('a frontmatter snippet for each record type, with the template\'s fields and valid choices', () => {
    const keysOf = (text: string) => {
      const block = findFrontmatterBlock(text)!;
      return [...text.slice(block.contentStart, block.contentEnd).matchAll(/^([a-z_]+):/gm)].map((match) => match[1]);
    };
    for (const type of RECORD_TYPES) {
      it(type, () => {
        const snippet = byPrefix(`ir-frontmatter-${SHORT[type]}`);
        const body = bodyOf(snippet);
        assert.deepEqual(keysOf(expand(body)), keysOf(templates[type]), 'same fields, same order');
        const choices: string[][] = [];
        expand(body, (options) => (choices.push(options), options[0]));
        const statuses = choices.find((options) => options.includes(setup.profile.types[type].statuses[0]));
        assert.deepEqual(statuses, setup.profile.types[type].statuses, 'every status, in order');
        if (type === 'incident' || type === 'near-miss') assert.ok(choices.some((options) => options.join() === setup.profile.severities.join()), 'every severity');
        // every combination of first/last choice is a valid record: no schema or syntax findings
        for (const pick of [(options: string[]) => options[0], (options: string[]) => options.at(-1)!]) {
          const findings = findingsOf(expand(body, pick));
          assert.deepEqual(findings.filter((finding) => ['schema', 'frontmatter-syntax', 'timeline-order'].includes(finding.rule)), []);
        }
        // at the first status, only the sections it lacks can be missing
        const missing = findingsOf(expand(body)).map((finding) => finding.rule);
        assert.deepEqual(missing, type === 'tabletop' ? ['scenario'] : []);
      });
    }
  });
});
