// Bundles the extension, the CLI, the benchmark and the integration tests with esbuild.
//   node esbuild.mjs               development build (source maps)
//   node esbuild.mjs --production  minified extension + CLI, as packaged in the .vsix
//   node esbuild.mjs --watch       rebuild on change
import * as esbuild from 'esbuild';
import { readFileSync, readdirSync, existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(version) },
};

const integrationDir = 'test/integration';
const integrationEntries = existsSync(integrationDir)
  ? readdirSync(integrationDir).filter((f) => f.endsWith('.ts')).map((f) => `${integrationDir}/${f}`)
  : [];

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
if (!production) {
  builds.push({ ...common, entryPoints: ['test/bench/bench.ts'], outfile: 'dist/bench.js' });
  if (integrationEntries.length > 0) {
    builds.push({ ...common, entryPoints: integrationEntries, outdir: 'dist/test/integration', external: ['vscode', 'mocha'] });
  }
}

const present = builds.filter((b) => (b.entryPoints ?? []).every((e) => existsSync(e)));
if (watch) {
  const contexts = await Promise.all(present.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching…');
} else {
  await Promise.all(present.map((b) => esbuild.build(b)));
}
