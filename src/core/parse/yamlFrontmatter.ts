import { parseYamlFrontmatterExact } from './yaml/exactYaml';
import { parseYamlFrontmatterFast } from './yaml/fastYaml';
import type { YamlResult } from './yaml/yamlResult';

export { MAX_ALIAS_COUNT, MAX_NESTING_DEPTH, type FieldLocation, type YamlResult } from './yaml/yamlResult';

/**
 * Parses YAML frontmatter with the YAML 1.2 core schema: timestamps stay strings, unknown tags
 * (`!!js/function`…) stay inert, nothing is evaluated. `offset` is where `source` starts in the file.
 *
 * Frontmatter in the usual shapes takes the fast path (a line scanner finds the positions and reads
 * one-line scalars and their sequences itself; js-yaml reads block scalars), about twenty times
 * faster on typical records; everything else, including every refusal, is read by the `yaml`
 * package's document API. Where both answer, their results are identical
 * (test/unit/yamlFrontmatter.differential.test.ts).
 */
export function parseYamlFrontmatter(source: string, offset: number): YamlResult {
  return parseYamlFrontmatterFast(source, offset) ?? parseYamlFrontmatterExact(source, offset);
}
