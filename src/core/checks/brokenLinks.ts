import type { Finding } from '../model/finding';
import { resolveRelativeLink } from '../text/workspacePaths';
import type { RecordContext } from './recordContext';

/** Relative links and images whose target is missing or outside the workspace. */
export function brokenLinkFindings(ctx: RecordContext): Finding[] {
  const exists = ctx.env.fileExists;
  const findings: Finding[] = [];
  for (const link of ctx.doc.outline.links) {
    if (link.kind !== 'link' && link.kind !== 'image' && link.kind !== 'reference') continue;
    const target = resolveRelativeLink(ctx.env.path, link.destination);
    if (target === null) continue;
    const what = link.kind === 'image' ? 'Image' : 'Link';
    if (target.outside) {
      findings.push({ rule: 'broken-link', severity: 'warning', message: `${what} target "${link.destination}" lies outside the workspace; evidence must be in the repository an auditor receives.`, range: ctx.doc.lines.range(link.start, link.end) });
    } else if (exists && exists(target.path) === false) {
      findings.push({ rule: 'broken-link', severity: 'warning', message: `${what} target "${link.destination}" does not exist; a broken evidence link is evidence an auditor cannot see.`, range: ctx.doc.lines.range(link.start, link.end) });
    }
  }
  return findings;
}
