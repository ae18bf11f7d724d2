import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseYamlFrontmatter } from '../../src/core/parse/yamlFrontmatter';
import { oneLine, renderTemplate, yamlScalar } from '../../src/core/templates/renderTemplate';

/** The frontmatter's data after rendering `template` with `values`. */
function dataOf(template: string, values: Record<string, string>): Record<string, unknown> {
  const { text } = renderTemplate(template, values);
  const content = text.slice(4, text.indexOf('\n---', 3) + 1);
  const result = parseYamlFrontmatter(content, 4);
  if (!result.ok) throw new Error(`${result.message} in:\n${text}`);
  return result.data;
}

describe('template substitution', () => {
  it('replaces {{variables}}, with or without spaces inside the braces', () => {
    const { text, unknown } = renderTemplate('# {{title}} ({{ id }}) by {{owner}}', { title: 'Outage', id: 'INC-2026-001', owner: 'Dana' });
    assert.equal(text, '# Outage (INC-2026-001) by Dana');
    assert.deepEqual(unknown, []);
  });

  it('leaves unknown variables as written and names them', () => {
    const { text, unknown } = renderTemplate('{{id}} {{ticket}} {{ticket}} {{ nope }}', { id: 'X' });
    assert.equal(text, 'X {{ticket}} {{ticket}} {{ nope }}');
    assert.deepEqual(unknown, ['ticket', 'nope']);
  });

  it('is one pass of plain text: values are never expanded or evaluated', () => {
    const values = { title: '{{owner}} ${process.exit()} <%= 1 %>', owner: 'Dana' };
    assert.equal(renderTemplate('# {{title}}', values).text, '# {{owner}} ${process.exit()} <%= 1 %>');
    assert.equal(renderTemplate('{{constructor}} {{__proto__}}', {}).text, '{{constructor}} {{__proto__}}');
  });

  it('folds values onto one line', () => {
    assert.equal(renderTemplate('# {{title}}', { title: 'two\nlines\r\nhere\u2028too' }).text, '# two lines here too');
    assert.equal(oneLine('  padded\t '), 'padded');
  });

  it('writes frontmatter values so YAML reads back the same string', () => {
    const titles = ['DB outage: primary down', '#1 incident', '[draft] leak', '404', 'true', 'null', '- dash', 'a, b', 'say "hi"', "Bob's laptop", '@alice', '* star', '2026-03-04', ''];
    for (const title of titles) {
      const data = dataOf('---\ntitle: {{title}}\nlist: [{{title}}]\n---\n', { title });
      assert.equal(data.title, title === '' ? null : title, `title ${JSON.stringify(title)}`);
      if (title !== '') assert.deepEqual(data.list, [title], `list item ${JSON.stringify(title)}`);
    }
  });

  it('keeps ordinary values plain: ids, timestamps, names', () => {
    assert.equal(yamlScalar('INC-2026-001'), 'INC-2026-001');
    assert.equal(yamlScalar('2026-03-04T09:15:00+01:00'), '2026-03-04T09:15:00+01:00');
    assert.equal(yamlScalar('Dana Whitfield'), 'Dana Whitfield');
    assert.equal(yamlScalar('dana@example.com'), 'dana@example.com');
    assert.equal(yamlScalar('SEV2'), 'SEV2');
  });

  it('escapes inside quotes the template already wrote', () => {
    assert.equal(dataOf('---\ntitle: "{{title}}"\n---\n', { title: 'say "hi" \\ bye' }).title, 'say "hi" \\ bye');
    assert.equal(dataOf("---\ntitle: '{{title}}'\n---\n", { title: "Bob's" }).title, "Bob's");
  });

  it('does not quote values in the Markdown body', () => {
    const { text } = renderTemplate('---\ntitle: {{title}}\n---\n\n# {{title}}\n', { title: 'DB: down' });
    assert.equal(text, '---\ntitle: "DB: down"\n---\n\n# DB: down\n');
  });

  it('any title survives the round trip through the frontmatter', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (title) => {
        const expected = oneLine(title);
        const data = dataOf('---\ntitle: {{title}}\nlist: [{{title}}]\n---\n', { title });
        assert.equal(data.title ?? '', expected);
        if (expected !== '') assert.deepEqual(data.list, [expected]);
      }),
      { numRuns: 500 },
    );
  });
});
