import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('the core stays pure', () => {
  it('src/core imports neither vscode nor the file system nor other Node built-ins', () => {
    const offenders = sources(join(__dirname, '../../src/core')).filter((file) =>
      /from ['"](vscode|fs|node:[^'"]+|path|child_process|os)['"]|require\(['"](vscode|fs|node:|path)/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('src/core does not import the adapters', () => {
    const offenders = sources(join(__dirname, '../../src/core')).filter((file) => /from ['"][./]*\/(extension|cli)\//.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
