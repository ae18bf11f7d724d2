import { strict as assert } from 'node:assert';
import { numberedFileName, recordFileName, slugify } from '../../src/core/templates/slug';

describe('slugging record titles into file names', () => {
  it('lower-cases and hyphenates', () => {
    assert.equal(slugify('Phished admin credentials on the Support Console'), 'phished-admin-credentials-on-the-support-console');
    assert.equal(slugify('  DB outage: primary down (EU-west) !! '), 'db-outage-primary-down-eu-west');
  });

  it('drops accents and folds common ligatures', () => {
    assert.equal(slugify('Überweisung fehlgeschlagen – Größe'), 'uberweisung-fehlgeschlagen-grosse');
    assert.equal(slugify('Crème brûlée Æsir Øre'), 'creme-brulee-aesir-ore');
  });

  it('is empty for titles with no Latin letters or digits', () => {
    assert.equal(slugify('数据泄露'), '');
    assert.equal(slugify('!!!'), '');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('a very long title that goes on and on about the incident and everything that happened afterwards');
    assert.ok(slug.length <= 50, slug);
    assert.ok(!slug.endsWith('-'));
    assert.equal(slug, 'a-very-long-title-that-goes-on-and-on-about-the');
    assert.equal(slugify('x'.repeat(80)).length, 50, 'a single long word is cut hard');
  });

  it('never produces path separators or dots', () => {
    assert.equal(slugify('../../etc/passwd'), 'etc-passwd');
    assert.equal(slugify('C:\\Windows\\System32'), 'c-windows-system32');
  });

  it('names files id-slug.md, or id.md without a slug', () => {
    assert.equal(recordFileName('INC-2026-014', 'Database outage'), 'INC-2026-014-database-outage.md');
    assert.equal(recordFileName('INC-2026-014', '???'), 'INC-2026-014.md');
  });

  it('numbers taken names -2, -3 before the extension', () => {
    assert.equal(numberedFileName('INC-2026-014-x.md', 1), 'INC-2026-014-x.md');
    assert.equal(numberedFileName('INC-2026-014-x.md', 2), 'INC-2026-014-x-2.md');
    assert.equal(numberedFileName('INC-2026-014-x.md', 3), 'INC-2026-014-x-3.md');
  });
});
