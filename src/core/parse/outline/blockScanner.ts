/**
 * The block pass: one walk over the lines, keeping the stack of open blocks the way the CommonMark
 * reference parser does (match open containers, try block starts, lazy continuation, close the rest),
 * plus GFM tables and footnote definitions, and micromark's few differences where remark is the judge.
 * It records headings, code blocks and HTML blocks directly and queues inline runs for the link pass.
 */
import type { OutlineBlock, OutlineHeading } from './outline';
import { isSpaceOrTab } from './characters';
import { footnoteLabelEnd } from './footnoteLabel';
import type { InlineRun } from './inlineRun';
import {
  atxHeadingLevel,
  atxHeadingTextEnd,
  atxHeadingTextStart,
  HtmlBlockEnds,
  htmlBlockKind,
  isClosingFence,
  openingFenceLength,
  setextUnderlineLevel,
  thematicBreakFailure,
} from './leafBlockStarts';
import { LineCursor } from './lineCursor';
import type { Definitions } from './linkReferenceDefinitions';
import { normalizeLabel } from './linkSyntax';
import { parseListMarker } from './listMarker';
import { BlockKind, isContainer, OpenBlock } from './openBlock';
import { takeParagraphContent } from './paragraphContent';
import { setextHeading } from './setextHeading';
import { TableRowRuns } from './tableRowRuns';
import { delimiterRowCellCount, headRowCellCount } from './tableRows';

const enum Continuation {
  Matched,
  Failed,
  /** The line was fully handled (a closing code fence). */
  LineDone,
}

const enum Start {
  None,
  /** A container opened; more block starts may follow on the same line. */
  Container,
  /** The line was fully handled. */
  LineDone,
}

export interface BlockScanOutput {
  headings: OutlineHeading[];
  codeBlocks: OutlineBlock[];
  htmlBlocks: OutlineBlock[];
  runs: InlineRun[];
  definitions: Definitions;
  /** Normalised labels of GFM footnote definitions: `[^label]` calls to them are not link brackets. */
  footnotes: Set<string>;
}

export class BlockScanner {
  private readonly cursor = new LineCursor();
  private readonly stack: OpenBlock[] = [new OpenBlock(BlockKind.Document)];
  private readonly htmlEnds = new HtmlBlockEnds();
  private lastMatched = 0;
  private thematicBreakLine = -1;
  private thematicBreakMarker = -1;
  private thematicBreakFailedAt = -1;
  private allClosed = true;
  private hasCarriageReturns = false;
  /** Created at the first table at the document level. */
  private tableRows: TableRowRuns | null = null;
  private readonly paragraphLineStarts: number[] = [];
  private readonly paragraphLineEnds: number[] = [];
  private readonly paragraphLineIndents: number[] = [];
  readonly output: BlockScanOutput = {
    headings: [],
    codeBlocks: [],
    htmlBlocks: [],
    runs: [],
    definitions: new Map(),
    footnotes: new Set(),
  };

  constructor(private readonly text: string) {}

  /** Scans the lines from `start` (past any byte order mark) to the end of the text. */
  scan(start: number): BlockScanOutput {
    const text = this.text;
    const length = text.length;
    const hasCarriageReturns = text.indexOf('\r', start) >= 0;
    this.hasCarriageReturns = hasCarriageReturns;
    let lineStart = start;
    while (lineStart < length) {
      if (this.stack.length === 2 && this.stack[1].kind === BlockKind.Table) {
        const rowsEnd = this.takeTableRows(this.stack[1], lineStart);
        if (rowsEnd >= 0) {
          lineStart = rowsEnd + (text.charCodeAt(rowsEnd) === 13 && text.charCodeAt(rowsEnd + 1) === 10 ? 2 : 1);
          continue;
        }
      }
      let lineEnd: number;
      if (hasCarriageReturns) {
        lineEnd = lineStart;
        while (lineEnd < length) {
          const c = text.charCodeAt(lineEnd);
          if (c === 10 || c === 13) break;
          lineEnd++;
        }
      } else {
        lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = length;
      }
      this.incorporateLine(lineStart, lineEnd);
      lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
    }
    while (this.stack.length > 1) this.closeTop();
    return this.output;
  }

  private get tip(): OpenBlock {
    return this.stack[this.stack.length - 1];
  }

  private incorporateLine(lineStart: number, lineEnd: number): void {
    const cursor = this.cursor;
    const stack = this.stack;
    cursor.startLine(this.text, lineStart, lineEnd);

    let matched = 1;
    for (; matched < stack.length; matched++) {
      cursor.findNextNonspace();
      const result = this.continueBlock(stack[matched]);
      if (result === Continuation.LineDone) return;
      if (result === Continuation.Failed) break;
    }
    this.lastMatched = matched - 1;
    this.allClosed = this.lastMatched === stack.length - 1;
    let container = stack[this.lastMatched];

    // micromark lets a list item interrupt only as a paragraph could, while a paragraph or an
    // indented code block is in progress and every container around it continued.
    const tip = this.tip;
    let innermostContainer = stack.length - 1;
    while (!isContainer(stack[innermostContainer].kind)) innermostContainer--;
    const interrupting = this.lastMatched >= innermostContainer && (tip.kind === BlockKind.Paragraph || tip.kind === BlockKind.IndentedCode);

    const inLiteralLeaf =
      container.kind === BlockKind.FencedCode || container.kind === BlockKind.IndentedCode || container.kind === BlockKind.HtmlBlock;
    if (!inLiteralLeaf) {
      for (;;) {
        cursor.findNextNonspace();
        const started = this.tryBlockStarts(container, interrupting);
        if (started === Start.LineDone) return;
        if (started === Start.None) {
          cursor.advanceNextNonspace();
          break;
        }
        // micromark keeps `interrupting` for containers opened on the same line (`a` then `> 2. b`).
        container = this.tip;
      }
    }

    if (!this.allClosed && !cursor.blank && this.tip.kind === BlockKind.Paragraph) {
      this.addParagraphLine(this.tip); // lazy continuation line
      return;
    }
    this.closeUnmatchedBlocks();
    container = this.tip;
    switch (container.kind) {
      case BlockKind.Paragraph:
        this.addParagraphLine(container);
        return;
      case BlockKind.FencedCode:
        container.end = lineEnd;
        return;
      case BlockKind.IndentedCode:
        container.end = lineEnd;
        if (!cursor.blank) container.lastNonBlankEnd = lineEnd;
        return;
      case BlockKind.HtmlBlock:
        container.end = lineEnd;
        if (this.htmlEnds.endsOnLine(container.htmlKind, this.text, cursor.offset, lineEnd)) this.closeTop();
        return;
      case BlockKind.Table:
        this.addTableRow(container);
        return;
      default:
        if (!cursor.blank) {
          const paragraph = this.addChild(BlockKind.Paragraph, cursor.nextNonspace);
          paragraph.firstLineStart = lineStart;
          cursor.advanceNextNonspace();
          this.addParagraphLine(paragraph);
        }
    }
  }

  private continueBlock(block: OpenBlock): Continuation {
    const cursor = this.cursor;
    switch (block.kind) {
      case BlockKind.BlockQuote:
        if (cursor.indented || cursor.charAt(cursor.nextNonspace) !== 62) return Continuation.Failed;
        this.skipBlockQuoteMarker();
        return Continuation.Matched;
      case BlockKind.List:
        return Continuation.Matched;
      case BlockKind.ListItem:
        if (cursor.blank) {
          if (!block.hasChild) return Continuation.Failed;
          cursor.advanceNextNonspace();
        } else if (cursor.indent >= block.markerOffset + block.padding) {
          cursor.advanceOffset(block.markerOffset + block.padding, true);
        } else {
          return Continuation.Failed;
        }
        return Continuation.Matched;
      case BlockKind.FootnoteDefinition:
        if (cursor.blank) cursor.advanceNextNonspace();
        else if (cursor.indent >= 4) cursor.advanceOffset(4, true);
        else return Continuation.Failed;
        return Continuation.Matched;
      case BlockKind.Paragraph:
      case BlockKind.Table:
        return cursor.blank ? Continuation.Failed : Continuation.Matched;
      case BlockKind.FencedCode:
        if (
          !cursor.indented &&
          cursor.charAt(cursor.nextNonspace) === block.fenceChar &&
          isClosingFence(this.text, cursor.nextNonspace, cursor.lineEnd, block.fenceChar, block.fenceLength)
        ) {
          block.end = cursor.lineEnd;
          this.closeTop();
          return Continuation.LineDone;
        }
        return Continuation.Matched;
      case BlockKind.IndentedCode:
        if (cursor.indented) cursor.advanceOffset(4, true);
        else if (cursor.blank) cursor.advanceNextNonspace();
        else return Continuation.Failed;
        return Continuation.Matched;
      case BlockKind.HtmlBlock:
        return cursor.blank && (block.htmlKind === 6 || block.htmlKind === 7) ? Continuation.Failed : Continuation.Matched;
      default:
        return Continuation.Matched;
    }
  }

  private skipBlockQuoteMarker(): void {
    const cursor = this.cursor;
    cursor.advanceNextNonspace();
    cursor.advanceOffset(1, false);
    if (isSpaceOrTab(cursor.charAt(cursor.offset))) cursor.advanceOffset(1, true);
  }

  private tryBlockStarts(container: OpenBlock, interrupting: boolean): Start {
    const cursor = this.cursor;
    if (cursor.indented) {
      if (this.tip.kind !== BlockKind.Paragraph && !cursor.blank) return this.openIndentedCode();
      return Start.None;
    }
    const at = cursor.nextNonspace;
    switch (cursor.charAt(at)) {
      case 62 /* > */:
        this.skipBlockQuoteMarker();
        this.closeUnmatchedBlocks();
        this.addChild(BlockKind.BlockQuote, at);
        return Start.Container;
      case 35 /* # */:
        return this.openAtxHeading();
      case 96 /* ` */:
      case 126 /* ~ */:
        return this.openFencedCode();
      case 60 /* < */:
        return this.openHtmlBlock(container);
      case 91 /* [ */:
        return this.openFootnoteDefinition();
      case 61 /* = */:
        return this.turnIntoSetextHeading(container);
      case 45 /* - */: {
        if (this.turnIntoSetextHeading(container) === Start.LineDone) return Start.LineDone;
        if (this.isThematicBreak(at)) return this.closeLeafAtOnce();
        if (this.openListItem(interrupting) === Start.Container) return Start.Container;
        return this.turnIntoTable(container);
      }
      case 42 /* * */:
        if (this.isThematicBreak(at)) return this.closeLeafAtOnce();
        return this.openListItem(interrupting);
      case 95 /* _ */:
        return this.isThematicBreak(at) ? this.closeLeafAtOnce() : Start.None;
      case 43 /* + */:
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: case 56: case 57:
        return this.openListItem(interrupting);
      case 124 /* | */:
      case 58 /* : */:
        return this.turnIntoTable(container);
      default:
        return Start.None;
    }
  }

  /**
   * Whether the rest of the line from `at` is a thematic break. `- - - … - item` asks once per nested
   * list marker; the answer is remembered so the line is not rescanned each time.
   */
  private isThematicBreak(at: number): boolean {
    const cursor = this.cursor;
    const marker = cursor.charAt(at);
    if (this.thematicBreakLine === cursor.lineStart && marker === this.thematicBreakMarker && at < this.thematicBreakFailedAt) return false;
    const failedAt = thematicBreakFailure(this.text, at, cursor.lineEnd);
    this.thematicBreakLine = cursor.lineStart;
    this.thematicBreakMarker = marker;
    this.thematicBreakFailedAt = failedAt;
    return failedAt < 0;
  }

  private openAtxHeading(): Start {
    const cursor = this.cursor;
    const level = atxHeadingLevel(this.text, cursor.nextNonspace, cursor.lineEnd);
    if (level === 0) return Start.None;
    this.closeLeafAtOnce();
    const atDocumentLevel = this.stack.length === 1;
    const textStart = atxHeadingTextStart(this.text, cursor.nextNonspace + level, cursor.lineEnd);
    const textEnd = atxHeadingTextEnd(this.text, textStart, cursor.lineEnd);
    if (atDocumentLevel) {
      this.output.headings.push({
        level,
        text: this.text.slice(textStart, textEnd),
        start: cursor.lineStart,
        end: cursor.lineEnd,
        textStart,
        textEnd,
      });
    }
    if (textEnd > textStart) this.queueRun(this.text, textStart, textEnd, false);
    return Start.LineDone;
  }

  private openFencedCode(): Start {
    const cursor = this.cursor;
    const length = openingFenceLength(this.text, cursor.nextNonspace, cursor.lineEnd);
    if (length === 0) return Start.None;
    this.closeUnmatchedBlocks();
    const block = this.addChild(BlockKind.FencedCode, cursor.nextNonspace);
    block.fenceChar = this.text.charCodeAt(cursor.nextNonspace);
    block.fenceLength = length;
    block.end = cursor.lineEnd;
    return Start.LineDone;
  }

  private openHtmlBlock(container: OpenBlock): Start {
    const cursor = this.cursor;
    const kind = htmlBlockKind(this.text, cursor.nextNonspace, cursor.lineEnd);
    // Kind 7 cannot interrupt a paragraph. On a lazy line it may, and micromark then keeps it in the
    // lazy paragraph's container instead of closing the containers as other blocks do.
    if (kind === 0 || (kind === 7 && container.kind === BlockKind.Paragraph)) return Start.None;
    if (kind === 7 && !this.allClosed && this.tip.kind === BlockKind.Paragraph) this.lastMatched = this.stack.length - 2;
    this.closeUnmatchedBlocks();
    const block = this.addChild(BlockKind.HtmlBlock, cursor.nextNonspace);
    block.htmlKind = kind;
    block.end = cursor.lineEnd;
    if (this.htmlEnds.endsOnLine(kind, this.text, cursor.nextNonspace, cursor.lineEnd)) this.closeTop();
    return Start.LineDone;
  }

  private openIndentedCode(): Start {
    const cursor = this.cursor;
    const start = cursor.offset;
    cursor.advanceOffset(4, true);
    this.closeUnmatchedBlocks();
    const block = this.addChild(BlockKind.IndentedCode, start);
    block.end = cursor.lineEnd;
    block.lastNonBlankEnd = cursor.lineEnd;
    return Start.LineDone;
  }

  /** GFM footnote definition `[^label]:`, a container whose content is indented by 4. */
  private openFootnoteDefinition(): Start {
    const cursor = this.cursor;
    const at = cursor.nextNonspace;
    const labelEnd = footnoteLabelEnd(this.text, at, cursor.lineEnd);
    if (labelEnd < 0 || cursor.charAt(labelEnd + 1) !== 58 /* : */) return Start.None;
    this.output.footnotes.add(normalizeLabel(this.text.slice(at + 2, labelEnd)));
    cursor.advanceNextNonspace();
    cursor.advanceOffset(labelEnd + 2 - at, false);
    while (isSpaceOrTab(cursor.charAt(cursor.offset))) cursor.advanceOffset(1, false);
    this.closeUnmatchedBlocks();
    this.addChild(BlockKind.FootnoteDefinition, at);
    return Start.Container;
  }

  private openListItem(interrupting: boolean): Start {
    const cursor = this.cursor;
    const at = cursor.nextNonspace;
    const marker = parseListMarker(cursor, interrupting);
    if (marker === null) return Start.None;
    this.closeUnmatchedBlocks();
    const tip = this.tip;
    if (tip.kind !== BlockKind.List || tip.ordered !== marker.ordered || tip.marker !== marker.marker) {
      const list = this.addChild(BlockKind.List, at);
      list.ordered = marker.ordered;
      list.marker = marker.marker;
    }
    const item = this.addChild(BlockKind.ListItem, at);
    item.ordered = marker.ordered;
    item.marker = marker.marker;
    item.markerOffset = marker.markerOffset;
    item.padding = marker.padding;
    return Start.Container;
  }

  /** A `===` / `---` line under a paragraph makes it a setext heading (unless it held only definitions). */
  private turnIntoSetextHeading(container: OpenBlock): Start {
    const cursor = this.cursor;
    if (container.kind !== BlockKind.Paragraph) return Start.None;
    const level = setextUnderlineLevel(this.text, cursor.nextNonspace, cursor.lineEnd);
    if (level === 0) return Start.None;
    const paragraph = container;
    const run = takeParagraphContent(this.text, paragraph, this.output.definitions);
    if (run === null) return Start.None;
    this.stack.pop();
    if (this.stack.length === 1) this.output.headings.push(setextHeading(this.text, paragraph, level, cursor.lineEnd));
    this.output.runs.push(run);
    return Start.LineDone;
  }

  /** A delimiter row under a paragraph's last line turns that line into the head of a GFM table. */
  private turnIntoTable(container: OpenBlock): Start {
    const cursor = this.cursor;
    if (container.kind !== BlockKind.Paragraph) return Start.None;
    const paragraph = container;
    const head = paragraph.lineCount - 1;
    if (head > 0 && paragraph.lineIndents[head] >= 4) return Start.None;
    const headStart = paragraph.lineStarts[head];
    const headEnd = paragraph.lineEnds[head];
    const cells = headRowCellCount(this.text, headStart, headEnd);
    if (cells < 0 || delimiterRowCellCount(this.text, cursor.nextNonspace, cursor.lineEnd) !== cells) return Start.None;
    paragraph.lineCount--;
    if (head > 0) {
      paragraph.end = paragraph.lineEnds[head - 1];
      this.closeTop();
    } else {
      this.stack.pop();
    }
    const table = this.addChild(BlockKind.Table, headStart);
    table.end = cursor.lineEnd;
    this.queueRun(this.text, headStart, headEnd, true);
    return Start.LineDone;
  }

  /** Headings and thematic breaks: close what cannot hold them; returns LineDone. */
  private closeLeafAtOnce(): Start {
    this.closeUnmatchedBlocks();
    while (!isContainer(this.tip.kind) || this.tip.kind === BlockKind.List) this.closeTop();
    this.tip.hasChild = true;
    return Start.LineDone;
  }

  private addChild(kind: BlockKind, start: number): OpenBlock {
    while (!this.canContain(this.tip.kind, kind)) this.closeTop();
    const parent = this.tip;
    const block = new OpenBlock(kind);
    block.start = start;
    block.inBlockQuote = parent.inBlockQuote || parent.kind === BlockKind.BlockQuote;
    if (kind === BlockKind.Paragraph) {
      block.firstInListItem = parent.kind === BlockKind.ListItem && !parent.hasChild;
      // The previous paragraph was closed, and its lines read, before this one could open.
      block.lineStarts = this.paragraphLineStarts;
      block.lineEnds = this.paragraphLineEnds;
      block.lineIndents = this.paragraphLineIndents;
    }
    parent.hasChild = true;
    this.stack.push(block);
    return block;
  }

  private canContain(parent: BlockKind, child: BlockKind): boolean {
    if (parent === BlockKind.List) return child === BlockKind.ListItem;
    return isContainer(parent) && child !== BlockKind.ListItem;
  }

  private addParagraphLine(paragraph: OpenBlock): void {
    const cursor = this.cursor;
    const line = paragraph.lineCount++;
    paragraph.lineStarts[line] = cursor.offset;
    paragraph.lineEnds[line] = cursor.lineEnd;
    paragraph.lineIndents[line] = cursor.indent;
    paragraph.end = cursor.lineEnd;
  }

  /** Adds the run of rows starting at `lineStart` to a table at the document level; returns its end, or -1 if there is none. */
  private takeTableRows(table: OpenBlock, lineStart: number): number {
    this.tableRows ??= new TableRowRuns(this.text, this.hasCarriageReturns);
    const end = this.tableRows.take(lineStart, this.queueTableRow);
    if (end >= 0) table.end = end;
    return end;
  }

  private readonly queueTableRow = (start: number, end: number): void => this.queueRun(this.text, start, end, true);

  private addTableRow(table: OpenBlock): void {
    const cursor = this.cursor;
    table.end = cursor.lineEnd;
    this.queueRun(this.text, cursor.offset, cursor.lineEnd, true);
  }

  private queueRun(text: string, start: number, end: number, tableRow: boolean): void {
    this.output.runs.push({ text, start, end, map: null, tableRow, taskListItem: false });
  }

  private closeUnmatchedBlocks(): void {
    if (this.allClosed) return;
    while (this.stack.length - 1 > this.lastMatched) this.closeTop();
    this.allClosed = true;
  }

  private closeTop(): void {
    const block = this.stack.pop() as OpenBlock;
    switch (block.kind) {
      case BlockKind.Paragraph: {
        const run = takeParagraphContent(this.text, block, this.output.definitions);
        if (run !== null) this.output.runs.push(run);
        break;
      }
      case BlockKind.FencedCode:
        this.output.codeBlocks.push({ start: block.start, end: block.end });
        break;
      case BlockKind.IndentedCode:
        this.output.codeBlocks.push({ start: block.start, end: block.lastNonBlankEnd });
        break;
      case BlockKind.HtmlBlock:
        this.output.htmlBlocks.push({ start: block.start, end: block.end });
        break;
    }
  }
}
