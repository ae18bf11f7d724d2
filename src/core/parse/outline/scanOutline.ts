/**
 * Fast outline of a Markdown body (headings, links, code blocks, HTML comments) in one linear pass
 * over the blocks and one over the inline content, agreeing with remark-parse + remark-gfm on the
 * facts the checks need. Pure: no I/O, no dependencies, never throws.
 */
import { BlockScanner } from './blockScanner';
import { InlineLinkScanner } from './inlineLinks';
import type { Outline, OutlineBlock, OutlineLink } from './outline';

const BYTE_ORDER_MARK = 0xfeff;

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

function isSortedByStart(items: { start: number }[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i - 1].start > items[i].start) return false;
  return true;
}

export function scanOutline(text: string): Outline {
  const start = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  const blocks = new BlockScanner(text).scan(start);
  const links: OutlineLink[] = [];
  const inlineComments: OutlineBlock[] = [];
  const inline = new InlineLinkScanner(text, blocks.definitions, blocks.footnotes, links, inlineComments);
  for (const run of blocks.runs) inline.scanRun(run);

  if (!isSortedByStart(links)) links.sort(byStart);
  const comments = inlineComments.length === 0 ? blocks.htmlBlocks : blocks.htmlBlocks.concat(inlineComments).sort(byStart);
  const codeBlocks = isSortedByStart(blocks.codeBlocks) ? blocks.codeBlocks : blocks.codeBlocks.sort(byStart);
  return { headings: blocks.headings, links, codeBlocks, comments };
}
