// Bundles the extension, the CLI, the benchmark and the integration tests with esbuild.
//   node esbuild.mjs               development build (source maps)
//   node esbuild.mjs --production  minified extension + CLI, as packaged in the .vsix
//   node esbuild.mjs --watch       rebuild on change
import * as esbuild from 'esbuild';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * Replaces src/core/schema/schemaValidators.ts with ajv standalone code generated from the same schemas
 * and options, so the bundles neither load nor run the ajv compiler at start-up.
 */
const precompiledSchemas = {
  name: 'precompiled-schemas',
  setup(build) {
    build.onLoad({ filter: /[\\/]core[\\/]schema[\\/]schemaValidators\.ts$/ }, (args) => {
      const Ajv = require('ajv').default;
      const standaloneCode = require('ajv/dist/standalone').default;
      const { _ } = require('ajv/dist/compile/codegen');
      const schema = (name) => JSON.parse(readFileSync(new URL(`./schemas/${name}.schema.json`, import.meta.url), 'utf8'));
      const [record, config, profile] = ['record', 'config', 'profile'].map(schema);
      const formats = path.join(path.dirname(args.path), 'schemaFormats.ts');
      const ajv = new Ajv({ allErrors: true, strict: true, schemas: [profile, record, config], code: { source: true, formats: _`require(${formats}).schemaFormats` } });
      ajv.addVocabulary(['x-recordTypes']);
      for (const name of ['iso-date-time', 'iso-date']) ajv.addFormat(name, { type: 'string', validate: () => true });
      const code = standaloneCode(ajv, { record: record.$id, config: config.$id });
      return {
        contents: `${code}\nexports.schemaValidators = () => ({ record: exports.record, config: exports.config });\n`,
        loader: 'js',
        resolveDir: path.dirname(args.path),
      };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(version) },
  plugins: [precompiledSchemas],
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
