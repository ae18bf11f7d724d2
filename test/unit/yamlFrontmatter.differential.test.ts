/**
 * Differential test: the fast frontmatter path (a line scanner that reads one-line scalars and their
 * sequences itself, and hands block scalars to js-yaml: src/core/parse/yaml/fastYaml.ts) against the
 * exact path (the `yaml` package's document API, src/core/parse/yaml/exactYaml.ts).
 *
 * Wherever the fast path answers, its result must equal the exact path's in every part: `ok`, the data
 * (deep, strict: numbers, NaN, null, key order) and every offset in `fields`. Where it is not sure it
 * answers null and `parseYamlFrontmatter` uses the exact path, so refusals are the exact path's own
 * (the fast path never refuses). Inputs: the frontmatter of every example, template (rendered) and
 * fixture, hand-written edge cases, and random YAML-ish text from fast-check. Set YAML_FUZZ_RUNS to
 * fuzz longer.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { findFrontmatterBlock } from '../../src/core/parse/frontmatterBlock';
import { parseYamlFrontmatterExact } from '../../src/core/parse/yaml/exactYaml';
import { parseYamlFrontmatterFast } from '../../src/core/parse/yaml/fastYaml';
import { locatedData } from '../../src/core/parse/yaml/locatedData';
import { locateTopLevelFields } from '../../src/core/parse/yaml/topLevelLocator';
import { parseYamlFrontmatter } from '../../src/core/parse/yamlFrontmatter';
import { renderTemplate, yamlScalar } from '../../src/core/templates/renderTemplate';

const ROOT = join(__dirname, '../..');
const RUNS = Number(process.env.YAML_FUZZ_RUNS ?? 2500);

/** Compares both paths on `source`; true when the fast path answered. */
function compare(source: string, offset = 4): boolean {
  const exact = parseYamlFrontmatterExact(source, offset);
  const fast = parseYamlFrontmatterFast(source, offset);
  const context = `for ${JSON.stringify(source)}`;
  if (fast !== null) {
    assert.equal(fast.ok, true, `the fast path only answers readable frontmatter ${context}`);
    assert.equal(exact.ok, true, `the exact path refuses what the fast path read ${context}: ${exact.ok ? '' : exact.message}`);
    assert.deepStrictEqual(fast, exact, `fast and exact readings differ ${context}`);
  }
  assert.deepStrictEqual(parseYamlFrontmatter(source, offset), exact, `parseYamlFrontmatter differs from the exact path ${context}`);
  return fast !== null;
}

/** True when the fast path answers `source` with data it read itself, without js-yaml. */
function readsItself(source: string): boolean {
  const located = locateTopLevelFields(source, 0);
  return located !== null && locatedData(source, 0, located) !== null && parseYamlFrontmatterFast(source, 0) !== null;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? markdownFiles(full) : full.endsWith('.md') ? [full] : [];
  });
}

/** The frontmatter content of a Markdown file's text, with where it starts. */
function frontmatterOf(text: string): { source: string; offset: number } | null {
  const block = findFrontmatterBlock(text);
  if (!block || block.contentEnd <= block.contentStart) return null;
  return { source: text.slice(block.contentStart, block.contentEnd), offset: block.contentStart };
}

const TEMPLATE_VALUES = [
  { id: 'INC-2026-042', title: 'Database failover: primary down #2', severity: 'SEV2', owner: 'Dana Whitfield', now: '2026-03-04T10:00:00Z', source: 'INC-2026-041' },
  { id: 'X', title: '[draft] true', severity: '1', owner: "O'Brien", now: '2026-03-04', source: 'null' },
];

describe('frontmatter: fast path against the yaml package', () => {
  it('agrees on every example, fixture and template, and reads examples and rendered templates fast', () => {
    const files = [...markdownFiles(join(ROOT, 'examples')), ...markdownFiles(join(ROOT, 'test/fixtures'))];
    const sources = files.flatMap((file) => {
      const found = frontmatterOf(readFileSync(file, 'utf8'));
      return found ? [{ name: file, mustBeFast: file.includes('/examples/'), ...found }] : [];
    });
    for (const name of readdirSync(join(ROOT, 'templates')).filter((n) => n.endsWith('.md'))) {
      const template = readFileSync(join(ROOT, 'templates', name), 'utf8');
      const raw = frontmatterOf(template);
      if (raw) sources.push({ name: `templates/${name}`, mustBeFast: false, ...raw });
      for (const values of TEMPLATE_VALUES) {
        const rendered = frontmatterOf(renderTemplate(template, values).text);
        if (rendered) sources.push({ name: `templates/${name} rendered`, mustBeFast: true, ...rendered });
        // plain substitution, unquoted: some values make broken or differently typed YAML
        const substituted = frontmatterOf(template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => (values as Record<string, string>)[key] ?? ''));
        if (substituted) sources.push({ name: `templates/${name} substituted`, mustBeFast: false, ...substituted });
      }
    }
    assert.ok(sources.length >= 30, `found ${sources.length} frontmatter blocks`);
    const slow: string[] = [];
    for (const { name, mustBeFast, source, offset } of sources) {
      if (!compare(source, offset) && mustBeFast) slow.push(name);
    }
    assert.deepEqual(slow, [], 'examples and rendered templates take the fast path');
  });

  it('agrees on hand-written edge cases', () => {
    for (const source of EDGE_CASES) compare(source);
  });

  it('takes the fast path for the usual shapes', () => {
    for (const source of USUAL_SHAPES) assert.ok(compare(source), `expected the fast path for ${JSON.stringify(source)}`);
  });

  it('leaves unusual and hostile shapes to the exact path', () => {
    for (const source of EXACT_ONLY) assert.equal(parseYamlFrontmatterFast(source, 0), null, JSON.stringify(source));
  });

  it('reads every core-schema rule and escape itself, in values, flow items and block items', () => {
    for (const scalar of READ_ITSELF) {
      const sources = [`a: ${scalar}\n`, `a: ${scalar}  # c\r\nb: 1\r\n`, `a:\n  - ${scalar}\n  - x\n`, `a:\n- x\n- ${scalar}   \nb:\n`];
      if (/^["']/.test(scalar) || !/[,[\]{}]| #/.test(scalar)) sources.push(`a: [${scalar}]\n`, `a: [ x,${scalar} , ${scalar}]\n`);
      for (const source of sources) {
        assert.ok(compare(source), `expected the fast path for ${JSON.stringify(source)}`);
        assert.ok(readsItself(source), `expected the fast path to read ${JSON.stringify(source)} without js-yaml`);
      }
    }
    const all = READ_ITSELF.map((scalar, i) => `k${i}: ${scalar}`).join('\n');
    assert.ok(compare(all) && readsItself(all));
  });

  it('hands block scalars to js-yaml and numeric escapes to the exact path', () => {
    for (const source of ['a: |\n  x\nb: 1\n', 'a: 1\nb: >-\n  x\n  y\n']) {
      assert.ok(compare(source), JSON.stringify(source));
      assert.equal(readsItself(source), false, JSON.stringify(source));
    }
    for (const source of ['a: "\\u00e9"\n', 'a: "\\x41"\n', 'a: ["\\U0001F600"]\n', 'a:\n- "\\u0041"\n']) {
      compare(source);
      assert.equal(parseYamlFrontmatterFast(source, 0), null, JSON.stringify(source));
    }
  });

  it('agrees on random documents of scalars of every kind', () => {
    let itself = 0;
    fc.assert(
      fc.property(scalarDocument, (source) => {
        compare(source);
        if (readsItself(source)) itself++;
      }),
      { numRuns: RUNS },
    );
    assert.ok(itself / RUNS > 0.5, `read without js-yaml: ${itself} of ${RUNS}`);
  });

  it('agrees on random YAML-ish text', () => {
    fc.assert(
      fc.property(yamlishDocument, (source) => {
        compare(source);
      }),
      { numRuns: RUNS },
    );
  });

  it('agrees on well-formed frontmatter with a few lines broken', () => {
    let fast = 0;
    fc.assert(
      fc.property(mutatedDocument, (source) => {
        if (compare(source)) fast++;
      }),
      { numRuns: RUNS },
    );
    // the generator must reach the fast path often, or the comparison proves little
    assert.ok(fast / RUNS > 0.1, `fast path on ${fast} of ${RUNS} inputs`);
  });

  it('agrees on random well-formed frontmatter, and reads it fast', () => {
    let fast = 0;
    let itself = 0;
    fc.assert(
      fc.property(wellFormedDocument, (source) => {
        if (compare(source)) fast++;
        if (readsItself(source)) itself++;
      }),
      { numRuns: RUNS },
    );
    assert.ok(fast / RUNS > 0.95, `fast path on ${fast} of ${RUNS} well-formed inputs`);
    // both routes of the fast path (its own reading, js-yaml for block scalars) must be exercised
    assert.ok(itself / RUNS > 0.3 && itself / RUNS < 0.9, `read without js-yaml: ${itself} of ${RUNS}`);
  });
});

// ---------------------------------------------------------------------------------------------------
// Inputs

const USUAL_SHAPES = [
  'id: INC-2026-001\ntitle: Phished admin credentials\nstatus: closed\n',
  'id: INC-2026-001\r\ntitle: CRLF record\r\ncriteria: [CC7.2, CC7.3]\r\n',
  'title: "DB outage: primary down"\nowner: \'O\'\'Brien\'\nnote: "#1 incident, [draft]"\n',
  'detection_source:\nseverity:   \ncompromise: # to be decided\nimpact:\n',
  'corrective_actions:\n- CA-1\n- "CA-2"\n\n# trailing comment\nstatus: open\n',
  'criteria:\n  - CC7.2\n  # between\n  -\n  - CC7.3   \n    # deeper comment\nowner: x',
  'n: 1\nf: 1.50\nneg: -3\nhex: 0x1F\noct: 0o17\nexp: 1e3\ninf: -.inf\nnan: .NaN\nt: true\nF: False\nnil: ~\nN: NULL\n',
  'detected_at: 2026-03-01T08:00:00Z\ndue_date: 2026-03-15\nyes: yes\nversion: 1_000\nbin: 0b11\n',
  'summary: |\n  Line one\n  Line two\n\n  After a blank\n\nstatus: open\n',
  'summary: >-\n  folded\n  text\n    more indented\n  back\nstatus: open',
  'empty_block: |\nstatus: open\n',
  'a: x   \nb: "y"   # c\nc: [ a , "b, c" , \'d]\' ]  # c\nd: []\ne: [ ]\n',
  '# comment first\n\nid: X\n  # indented comment\nstatus: open\n',
  'title: Fix it! & *ship* it\nurl: https://example.com/a#b?c=d\nq: what? yes\n',
  'title: émoji 😀 and ünïcode\n',
  'k: "tab\\tand \\"quotes\\" and \\\\ and \\/"\n',
  'times: [2026-03-01T08:00:00Z, 10:30]\n',
  'a: [1, "x", null]\n',
  "a: [~, 'it''s', \"a\\tb\", .NaN, -0, 0o17, 0x1F, +.inf, 1e3, 1., .5, TRUE, Null, yes, 2026-03-04]\n",
  "a:\n  - ~\n  - 'it''s'\n  - \"a\\tb\"\n  -\n  - .NaN\n  - -0 # c\n  - 2026-03-04\nb: x\n",
  'constructor: x\ntoString: y\nvalueOf: 1\nhasOwnProperty: [a]\nprototype:\n- b\n__defineGetter__: 3\n',
];

const EXACT_ONLY = [
  'a:\n  b: 1\n  c: 2\n',
  'a: x\n  continued\n',
  'a: &anchor x\nb: *anchor\n',
  'a: !!str 1\n',
  'a: !!js/function "function () { return 1 }"\n',
  'a: {b: 1}\n',
  'a: [b,\n  c]\n',
  '? complex\n: key\n',
  '"quoted": key\n',
  'a:\tb\n',
  'a: b\r',
  '---\na: b\n',
  'a: b\n...\n',
  '- a\n- b\n',
  'just a scalar\n',
  '',
  '# only a comment\n',
  'a: 1\na: 2\n',
  'a: |+\n  keep\n\n',
  'a: |2\n   x\n',
  'a: "\\x41"\n',
  'a: [a, [b]]\n',
  'a: [a, {b: c}]\n',
  'a: [a # c\n]\n',
  'null: x\n',
  '__proto__: x\n',
  'a: b: c\n',
  `a: ${'['.repeat(40)}\n`,
  // what js-yaml calls non-printable, anywhere (even in a comment or as a quoted scalar's character)
  'a: x\u0001\n',
  'a: "x\u001f"\n',
  "a: 'x\u0080'\n",
  'a: [x\u009f]\n',
  'a: x\ufffe\n',
  'a: x\uffff\n',
  'a: x\udc00\n',
  'a: "\ud83d"\n',
  'a: 1 # \u0000 in a comment\n',
  'a: "\\\u0085"\n',
];

/** Scalars the fast path reads itself (written as in the file): every resolution rule of the core schema, its near misses, every escape. */
const READ_ITSELF = [
  // null and booleans; YAML 1.1's yes/no/on/off are strings in 1.2
  '~', 'null', 'Null', 'NULL', 'nULL', 'NuLL', '~x', 'x~',
  'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'fALSE', 'yes', 'Yes', 'no', 'on', 'off', 'y', 'n',
  // integers: decimal, 0o octal, 0x hexadecimal; 0b, 0O, 0X, `_` separators and signed prefixes are strings
  '0', '-0', '+0', '1', '-1', '+12', '007', '09', '123456789012345678901234567890', '-9007199254740993',
  '0o17', '0o0', '0o777777777777777777777', '0o8', '0O17', '-0o17', '0o', '0b101', '1_000',
  '0x1F', '0x1f', '0xff', '0X1F', '-0x1F', '+0x1F', '0x', '0xg', `0x${'F'.repeat(20)}`,
  // floats, exponents, infinities and NaN
  '1.5', '1.50', '.5', '-.5', '+.5', '1.', '-1.', '0.0', '-0.0', '.', '-.', '+', '1.2.3', '1_000.5',
  '1e3', '1E3', '1e+3', '1e-3', '-1E-3', '.5e1', '1.e3', '1.5e400', '-1e400', '1e', 'e3', '.e3', '1e3.5',
  '.inf', '.Inf', '.INF', '-.inf', '+.inf', '+.Inf', '-.INF', '.iNf', '.nan', '.NaN', '.NAN', '.nAn', '-.nan', '+.NaN',
  'inf', 'nan', 'NaN', 'Infinity', '-Infinity',
  // strings: timestamps, indicators inside, non-ASCII, spaces YAML does not trim
  '2026-03-04', '2026-03-04T10:00:00Z', '10:30', '1:20:30', '-x', '?x', ':x', 'x:y', 'x?', 'x!', 'a#b', 'x@y', 'x`y', '50%',
  'Fix it! & *ship* it', 'é', '😀 ok', 'x\u00a0', '\u00a0x', 'x\u3000y', 'x\u200b', String.raw`back\slash`, 'quote"s', "it's",
  // single-quoted: `''` is a quote, nothing else is special
  "'s'", "''", "'it''s'", "''''", "'a # b'", "'  spaced  '", String.raw`'\n'`, `'"'`, "'x: y'", "'[a, b]'", "'0o17'", "'true'", "'~'", "'null'", "'é😀'",
  // double-quoted: every escape both parsers read alike
  '""', '"q"', '"  spaced  "', '"#"', '"a # b"', '"true"', '"0x1F"', '"null"', '"é😀"', `"'"`, `"it's"`,
  String.raw`"a\tb"`, String.raw`"\\"`, String.raw`"\""`, String.raw`"\/"`, String.raw`"\0"`, String.raw`"\a"`, String.raw`"\b"`,
  String.raw`"\t"`, String.raw`"\n"`, String.raw`"\v"`, String.raw`"\f"`, String.raw`"\r"`, String.raw`"\e"`, String.raw`"\ "`,
  String.raw`"\N"`, String.raw`"\_"`, String.raw`"\L"`, String.raw`"\P"`, String.raw`"\\t"`, String.raw`"x\\"`, String.raw`"\\\""`,
  String.raw`"all: \0\a\b\t\n\v\f\r\e\ \N\_\L\P\/\"\\"`,
];

const EDGE_CASES = [
  ...USUAL_SHAPES,
  ...EXACT_ONLY,
  ...READ_ITSELF.map((scalar) => `a: ${scalar}\n`),
  `${'k'.repeat(256)}: 1\n`,
  `${'k'.repeat(255)}: 1\n`,
  'a:\n',
  'a:',
  'a: ',
  'a:\n\n  - x\n',
  'a: # c\n- x\n- y\n',
  'a:\n- x\n  - y\n',
  'a:\n  - x\n- y\n',
  'a:\n  - x\n    continued\n',
  'a:\n  - - x\n',
  'a:\n  - b: c\n',
  'a:\n  - [x]\n',
  'a:\n  - |\n    x\n',
  'a:\n  -x\n',
  'a: |\n   \n  x\n',
  'a: |\n  x\n     \n',
  'a: |\n  x\n y\n',
  'a: |\n    x\n  y\n',
  'a: >\n\n  x\n\n\n',
  'a: |\r\n  x\r\n\r\n  y\r\nb: 1\r\n',
  'a: |#c\n  x\n',
  'a: | # c\n  x\n',
  'a: "x"#c\n',
  'a: "x" #c\n',
  'a: "x"y\n',
  "a: 'x''y' # c\n",
  "a: 'x\n  y'\n",
  'a: "multi\n  line"\n',
  'a: x #c\n',
  'a: x#c\n',
  'a: x:\n',
  'a: x:y\n',
  'a: -\n',
  'a: - x\n',
  'a: ?\n',
  'a: :x\n',
  'a: @x\n',
  'a: `x`\n',
  'a: %x\n',
  'a: x ]\n',
  'a: x }\n',
  'a: [a,]\n',
  'a: [a,,b]\n',
  'a: [,a]\n',
  'a: [a:b, c]\n',
  'a: [a: b]\n',
  'a: ["a": b]\n',
  'a: [a]b\n',
  'a: [a] # c\n',
  'a: [a]#c\n',
  'a: [-a, -1, ?b, :c]\n',
  'a: [- a]\n',
  'a: [a, "b\\"c", \'d\'\'e\']\n',
  'a: 1\nb:\n  c: 2\n',
  'a: 1\n  # c\nb: 2\n',
  'a: 1\n\n   \nb: 2\n',
  'a: 1\n   b: 2\n',
  'a: 1\nb: 2\n--- \n',
  'a.b: 1\na-b: 2\n_c: 3\nA9: 4\n',
  'a : 1\n',
  'a::\n',
  'a:b\n',
  'True: 1\n',
  'y: n\non: off\n',
  '1: one\n',
  '<<: {a: 1}\n',
  'a: 0o8\nb: 0X1F\nc: 1.\nd: .5\ne: +1\nf: 007\ng: 1e\nh: .inf\ni: +.Inf\nj: -.NAN\nk: .Nan\n',
  'a: 123456789012345678901234567890\nb: -0\nc: 0.0\n',
  'a: "\\u00e9"\nb: "\\N\\_\\L\\P"\nc: "\\q"\n',
  'a: "\\ "\nb: "x\\\n  y"\n',
  'a: \u00a0x\nb: x\u00a0\n',
  'a: x\u2028y\n',
  'a: x\u0085y\n',
  'a: \ufeffx\n',
  'a: x\u0000\n',
  'a: x\u007f\n',
  'a: \ud800\n',
  '\ufeffa: 1\n',
  'a: 1\r\nb: 2\n',
  'a: 1\r\n',
  `${'k'.repeat(300)}: 1\n`,
  `${'k'.repeat(1100)}: 1\n`,
  `a: ${'x '.repeat(2000)}\n`,
  'a: *\n',
  'a: &\n',
  'a: !\n',
  'a: [*x]\n',
  'a: [&x y]\n',
  'a: [!x y]\n',
  'x: &a [1, 2]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nz: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nw: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
  `a: ${'['.repeat(33)}${']'.repeat(33)}\n`,
  `a: "${'['.repeat(33)}"\n`,
  'a: b\n%YAML 1.2\n',
  'a: b\n# c\n- x\n',
];

// Random documents: lines of YAML-ish fragments, some of them broken on purpose, joined with
// varying line ends, with the odd hostile character dropped in.

const SCALARS = [
  'x', 'hello world', 'Dana Whitfield', 'CC7.2', 'INC-2026-001', '2026-03-01', '2026-03-01T08:00:00Z', '10:30',
  '1', '-1', '+12', '007', '0o17', '0o8', '0x1F', '0X1F', '1.5', '1.50', '.5', '1.', '1e3', '-1E-3', '1e',
  '.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'NaN', '1_000', '0b101', '-0',
  'true', 'False', 'TRUE', 'tRue', 'yes', 'no', 'on', 'null', 'Null', 'NULL', 'nUll', '~', '',
  '"q"', '"a:b #c"', '"a, b]"', '"a\\"b"', '"\\x41"', '"\\u00e9"', '"\\t\\n\\\\"', '"\\q"', '"\\ "', '"\\N"', '"x\\', '" "', '""',
  "'s'", "'it''s'", "'a # b'", "''", "'''", "'x''",
  '"unterminated', "'unterminated", '"x"y', "'x'y",
  'a: b', 'a:b', 'a :b', 'x:', 'a #b', 'a#b', 'x ]', 'x }', 'x, y', '[draft] leak', 'Fix it!', 'a & b', '2 * 3', 'é', '😀',
  '{a: 1}', '{}', '[a, b]', '[]', '[ ]', '[a,]', '[a,,b]', '[,]', '[a:b, c]', '[a: b]', '[ "x, y", \'z\' ]', '[[a]]', '[a, [b]]',
  '[a # c]', '[a, #b]', '[-a, -]', '[?x]', '[a', '[http://x.y/z]', '[a]b', '[ a ]  # c', '[10:30, 2026-01-01]', '[true, 1, ~, .5]',
  '|', '|-', '|+', '|2', '>', '>-', '| # c', '|x', '|#',
  '&a x', '&a', '*a', '!!str 1', '!x y', '!!js/function f', '!', '%x', '@x', '`x`',
  '- x', '-x', '-', '?', '? x', ':', ':x', '-1', "'",
];

const GOOD_SCALARS = SCALARS.filter((s) => !/^[&*!%@`{?:|>-]|^\[|: |:$| #|^['"]|['"]$|\\|^- |^-$/.test(s));
const GOOD_QUOTED = ['"q"', '"a:b #c"', '"a, b]"', '"a\\"b"', '"\\t\\n\\\\"', '""', "'s'", "'it''s'", "'a # b'", "''"];
const GOOD_FLOW = ['[]', '[ ]', '[a, b]', '[ "x, y", \'z\' ]', '[CC7.2, CC7.3]', '[a:b, c]', '[10:30, 2026-01-01]', '[true, 1, ~, .5]', '[Legal (A. Chen), S. Lee]'];

/** Mostly `good`, sometimes `bad`. */
function mostly(good: string[], bad: string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: fc.constantFrom(...bad) });
}

const keyText = mostly(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'id', 'title', 'x_y', 'a-b', 'a.b', 'k9', '_k', 'yes', 'status', 'owner', 'type'], ['null', 'True', '__proto__', '1', '-a', 'a b', '"q"', "'q'", '? a', '<<', 'é', 'a#b', '']);
const separator = mostly([':', ': ', ': ', ': ', ':  '], [':\t', ' :', '::', ':x']);
const trailer = mostly(['', '', '', ' ', '  ', ' # c', '  # x: y', ' #'], ['#c', '\t', ' x']);
const scalar = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...GOOD_SCALARS, ...GOOD_QUOTED, ...GOOD_FLOW) },
  { weight: 1, arbitrary: fc.constantFrom(...SCALARS) },
);
const indentation = fc.constantFrom('', '', ' ', '  ', '  ', '   ', '    ');
const OTHER_LINES = ['', '', ' ', '   ', '# c', '  # c', '#', '---', '...', '%YAML 1.2', '--- x', '\t- x', '  text', '    more text'];
const HOSTILE = ['\t', '\r', '\u0000', '\u0001', '\u001f', '\u007f', '\u0080', '\u0085', '\u009f', '\u00a0', '\u200b', '\u2028', '\u3000', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udc00', '#', ':', ' ', '\n', '"', "'", '[', ']', '-', '&', '*', '!', '|', '>', ','];

const keyLine = fc.tuple(keyText, separator, scalar, trailer).map((parts) => parts.join(''));
const itemLine = fc.tuple(indentation, mostly(['- ', '- ', '-  '], ['-', '-x']), scalar, trailer).map((parts) => parts.join(''));
const textLine = fc.tuple(indentation, scalar).map(([spaces, text]) => spaces + text);
const anyLine = fc.oneof(
  { weight: 12, arbitrary: keyLine },
  { weight: 5, arbitrary: itemLine },
  { weight: 1, arbitrary: textLine },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER_LINES) },
);

function joinLines(lines: string[], eol: string, finalEol: boolean): string {
  return lines.join(eol) + (finalEol ? eol : '');
}

const yamlishDocument = fc
  .tuple(
    fc.array(anyLine, { minLength: 1, maxLength: 8 }),
    fc.constantFrom('\n', '\n', '\r\n'),
    fc.boolean(),
    fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE)), { minLength: 1, maxLength: 2 }) }),
  )
  .map(([lines, eol, finalEol, insertions]) => {
    let text = joinLines(lines, eol, finalEol);
    for (const [at, ch] of insertions) {
      const i = text.length === 0 ? 0 : at % (text.length + 1);
      text = text.slice(0, i) + ch + text.slice(i);
    }
    return text;
  });

// Well-formed frontmatter in the shapes records use: unique keys, every value kind the fast path knows.

// any text, written as templates write values: plain when safe, else JSON-quoted
const writtenText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })).map(yamlScalar);
// quoted scalars from pieces: every escape the fast path accepts, and characters that end plain scalars
const DOUBLE_QUOTED_PIECES = ['a', ' ', '#', ':', ',', ']', "'", 'é', '\u00a0', '😀', '\\\\t', '\\\\', '\\"', '\\/', '\\0', '\\a', '\\b', '\\t', '\\n', '\\v', '\\f', '\\r', '\\e', '\\ ', '\\N', '\\_', '\\L', '\\P'];
const SINGLE_QUOTED_PIECES = ['a', ' ', '#', ':', ',', ']', '"', '\\', '\\n', "''", 'é', '\u00a0', '😀'];
const quotedText = fc.oneof(
  fc.array(fc.constantFrom(...DOUBLE_QUOTED_PIECES), { maxLength: 6 }).map((pieces) => `"${pieces.join('')}"`),
  fc.array(fc.constantFrom(...SINGLE_QUOTED_PIECES), { maxLength: 6 }).map((pieces) => `'${pieces.join('')}'`),
);
// plain scalars at the edges of the core schema's rules: signs, digits, prefixes, dots, exponents, odd cases
const numberish = fc
  .oneof(
    fc.tuple(fc.constantFrom('', '', '+', '-'), fc.constantFrom('', '0', '1', '7', '09', '123', '1_000', '12345678901234567890'), fc.constantFrom('', '', '.', '.5', '.05', '.0'), fc.constantFrom('', '', 'e3', 'E3', 'e-3', 'e+3', 'e', 'E+', 'e400')),
    fc.tuple(fc.constantFrom('', '', '+', '-'), fc.constantFrom('0o', '0x', '0b', '0O', '0X', '00x'), fc.constantFrom('', '0', '17', '8', '1F', 'ff', 'g', '777777777777777777777')),
    fc.tuple(fc.constantFrom('', '', '+', '-'), fc.constantFrom('.inf', '.Inf', '.INF', '.iNf', '.nan', '.NaN', '.NAN', '.nAn', 'inf', 'nan', 'Infinity', 'NaN')),
  )
  .map((parts) => parts.join(''))
  .filter((text) => text !== '' && text !== '-');
const wordish = fc
  .tuple(fc.constantFrom('null', 'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', 'nan', 'inf', '~'), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }))
  .map(([word, upper]) => [...word].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join(''));
const inlineValue = fc.oneof(
  { weight: 2, arbitrary: fc.oneof(numberish, wordish) },
  { weight: 2, arbitrary: fc.constantFrom(...GOOD_SCALARS) },
  { weight: 1, arbitrary: fc.constantFrom(...GOOD_QUOTED) },
  { weight: 1, arbitrary: fc.constantFrom(...GOOD_FLOW) },
  { weight: 1, arbitrary: writtenText },
  { weight: 1, arbitrary: quotedText },
  { weight: 1, arbitrary: fc.array(fc.oneof(quotedText, fc.constantFrom(...GOOD_SCALARS.filter((v) => v !== '' && !/[[\]{},]/.test(v)))), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`) },
);
const comment = fc.constantFrom('', '', '', '  ', ' # note', '   # a: b');
const blockItems = fc
  .tuple(fc.constantFrom('', '  ', '    '), fc.array(fc.tuple(fc.oneof(fc.constantFrom(...GOOD_SCALARS), fc.constantFrom(...GOOD_QUOTED), numberish, wordish, quotedText), comment), { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([indent, items, blankBetween]) => items.map(([v, c]) => `${indent}-${v === '' ? '' : ' '}${v}${c}`).join(blankBetween ? '\n\n' : '\n'));
const blockText = fc
  .tuple(
    fc.constantFrom('|', '>', '|-', '>-', '| # c'),
    fc.constantFrom('  ', '    '),
    fc.constantFrom('text', 'a: b', '# not a comment', '- not an item'),
    fc.array(fc.constantFrom('text', 'more text', '', '  deeper', 'a: b', '# not a comment', '- not an item'), { maxLength: 4 }),
  )
  .map(([header, indent, first, lines]) => `${header}\n${[first, ...lines].map((l) => (l === '' ? '' : indent + l)).join('\n')}`);
const entryValue = fc.oneof(
  { weight: 6, arbitrary: inlineValue.chain((v) => comment.map((c) => ` ${v}${c}`)) },
  { weight: 2, arbitrary: blockItems.map((items) => `\n${items}`) },
  { weight: 1, arbitrary: blockText.map((text) => ` ${text}`) },
  { weight: 1, arbitrary: comment.map((c) => c) },
);
const wellFormedDocument = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom('id', 'title', 'type', 'status', 'owner', 'severity', 'criteria', 'x_y', 'a-b', 'a.b', 'k9', '_k', 'yes', 'on'), { minLength: 1, maxLength: 8 }),
    fc.array(entryValue, { minLength: 8, maxLength: 8 }),
    fc.array(fc.constantFrom('', '', '', '\n', '\n# comment', '\n  # indented comment'), { minLength: 8, maxLength: 8 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([keys, values, gaps, eol, finalEol]) => joinLines(keys.map((key, i) => `${key}:${values[i]}${gaps[i]}`).join('\n').split('\n'), eol, finalEol));

// Well-formed frontmatter with one or two edits: a line inserted or replaced by a YAML-ish line, a
// character dropped in. Most results are still frontmatter, many of them just at the edge of what the
// fast path reads.
const mutatedDocument = fc
  .tuple(
    wellFormedDocument,
    fc.array(fc.tuple(fc.constantFrom('insert', 'replace', 'character'), fc.nat(), anyLine, fc.constantFrom(...HOSTILE)), { minLength: 1, maxLength: 2 }),
  )
  .map(([document, edits]) => {
    let text = document;
    for (const [kind, at, line, ch] of edits) {
      if (kind === 'character') {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + ch + text.slice(i);
        continue;
      }
      const lines = text.split('\n');
      const i = at % lines.length;
      lines.splice(i, kind === 'replace' ? 1 : 0, line);
      text = lines.join('\n');
    }
    return text;
  });

// Documents whose values are scalars of every kind, in all three places the fast path reads them
// itself: after a key, as flow items, as block items. Some of the odd plain pieces make text the
// fast path must refuse or the exact path rejects.
const ODD_PLAIN_PIECES = ['a', 'Z', '0', '9', 'x', 'é', '😀', '\u00a0', '\u3000', '\u200b', ' ', '-', '.', ':', '#', '?', '!', '&', '*', '%', '@', '`', '|', '>', '"', "'", '\\', '/', ',', '[', ']', '{', '}', '~', '+'];
const richScalar = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...READ_ITSELF) },
  { weight: 3, arbitrary: numberish },
  { weight: 2, arbitrary: wordish },
  { weight: 2, arbitrary: quotedText },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...ODD_PLAIN_PIECES), { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join('')) },
);
const scalarEntry = fc.oneof(
  fc.tuple(richScalar, comment).map(([value, c]) => ` ${value}${c}`),
  fc.tuple(fc.array(richScalar, { maxLength: 4 }), fc.constantFrom(', ', ',', ' , '), comment).map(([items, sep, c]) => ` [${items.join(sep)}]${c}`),
  fc.tuple(fc.constantFrom('', '  '), fc.array(fc.tuple(richScalar, comment), { minLength: 1, maxLength: 4 })).map(([indent, items]) => items.map(([value, c]) => `\n${indent}- ${value}${c}`).join('')),
);
const scalarDocument = fc
  .tuple(fc.array(scalarEntry, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([entries, eol, finalEol]) => joinLines(entries.map((entry, i) => `k${i}:${entry}`).join('\n').split('\n'), eol, finalEol));
