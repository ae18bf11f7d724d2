import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { LineIndex } from '../../src/core/text/lineIndex';
import { sharedPosition, sharedRange } from '../../src/core/text/sharedPositions';

describe('shared positions and ranges', () => {
  it('hands out one frozen object per small position and range, and fresh ones beyond the bounds', () => {
    assert.equal(sharedPosition(6, 5), sharedPosition(6, 5));
    assert.ok(Object.isFrozen(sharedPosition(6, 5)));
    const range = sharedRange(sharedPosition(6, 0), sharedPosition(6, 5));
    assert.equal(range, sharedRange(sharedPosition(6, 0), sharedPosition(6, 5)));
    assert.deepEqual(range, { start: { line: 6, character: 0 }, end: { line: 6, character: 5 } });
    const far = sharedPosition(100_000, 3);
    assert.deepEqual(far, { line: 100_000, character: 3 });
    assert.notEqual(far, sharedPosition(100_000, 3));
    assert.deepEqual(sharedRange(far, sharedPosition(100_000, 400)), { start: far, end: { line: 100_000, character: 400 } });
  });

  it('LineIndex positions are the same values as counting line breaks by hand', () => {
    const text = fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\r\n', '\r', 'x'.repeat(200)), { maxLength: 400 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.nat(), (source, n) => {
      const offset = n % (source.length + 1);
      let line = 0;
      let lineStart = 0;
      for (let i = 0; i < offset; i++) {
        const ch = source[i];
        if (ch === '\n' || (ch === '\r' && source[i + 1] !== '\n')) {
          line++;
          lineStart = i + 1;
        }
      }
      assert.deepEqual(new LineIndex(source).position(offset), { line, character: offset - lineStart });
    }), { numRuns: 3000 });
  });
});
