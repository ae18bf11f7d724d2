/**
 * The inline pass: finds links, images, autolinks, literal autolinks and resolved references in
 * inline content, left to right as CommonMark does, so that code spans, autolinks and raw HTML take
 * precedence over brackets. Emphasis is irrelevant to links and is not parsed.
 */
import type { OutlineBlock, OutlineLink, OutlineLinkKind } from './outline';
import {
  canPrecedeEmail,
  canPrecedeProtocol,
  canPrecedeWww,
  emailLiteralEnd,
  isEmailAtext,
  protocolLiteralEnd,
  TrailingPunctuation,
  wwwLiteralEnd,
} from './autolinkLiterals';
import { BacktickRuns, nextBacktickRun } from './backtickRuns';
import { unescapeString } from './characterReferences';
import {
  codeAt,
  isAsciiAlpha,
  isAsciiPunctuation,
  isLineEnding,
  isSpaceOrTab,
} from './characters';
import { footnoteLabelEnd } from './footnoteLabel';
import { ForwardSearch } from './forwardSearch';
import { CandidateSearch, EmailRunSearch } from './inlineCandidates';
import { atextRunReachesAtSign, mayStartTransformedUrl } from './literalTransform';
import { angleAutolinkEnd, rawHtmlEnd, type RawHtmlSearches } from './inlineHtml';
import type { InlineRun } from './inlineRun';
import type { Definitions } from './linkReferenceDefinitions';
import {
  normalizeLabel,
  parseDestination,
  parseLabel,
  parseTitle,
  skipWhitespace,
  TitleCloserMemo,
} from './linkSyntax';
import type { OffsetMap } from './offsetMap';
import { forEachCell } from './tableRows';
import { TextNodeLiterals, type EmitLiteral } from './textNodeLiterals';

/** micromark's cap on nested unescaped parentheses in an inline link destination. */
const INLINE_DESTINATION_PAREN_LIMIT = 32;

interface Opener {
  /** Offset of `[` or of the `!` of `![`. */
  at: number;
  image: boolean;
  /** Offset just past the opening bracket. */
  textStart: number;
  /** Another opener was pushed after this one, so its text holds a `[` and cannot be a label. */
  hasNestedOpener: boolean;
}

/** `ht…` or `ww…`: the only words worth trying as URL literals. */
function mayStartUrl(text: string, p: number, end: number): boolean {
  const next = codeAt(text, p + 1, end) | 0x20;
  return next === ((text.charCodeAt(p) | 0x20) === 104 ? 116 : 119);
}

/** Searches over one text; the source's are shared by its runs, a block quote's copy gets its own. */
interface TextSearches extends RawHtmlSearches {
  candidates: CandidateSearch;
  /** Created when first needed: most texts hold no `@`. */
  emailRuns: EmailRunSearch | null;
}

function createSearches(): TextSearches {
  return {
    comment: new ForwardSearch('-->'),
    instruction: new ForwardSearch('?>'),
    cdata: new ForwardSearch(']]>'),
    declaration: new ForwardSearch('>'),
    atSign: new ForwardSearch('@'),
    candidates: new CandidateSearch(),
    emailRuns: null,
  };
}

export class InlineLinkScanner {
  private text = '';
  private end = 0;
  private map: OffsetMap | null = null;
  private searches: TextSearches;
  private readonly sourceSearches: TextSearches;
  private readonly openers: Opener[] = [];
  /** `[` openers below this stack index are inactive: a link closed after them (no links in links). */
  private inactiveBelow = 0;
  private backticks: BacktickRuns | null = null;
  private readonly trail = new TrailingPunctuation();
  private readonly titles = new TitleCloserMemo();
  private readonly textNodes = new TextNodeLiterals();
  private readonly emitLiteral: EmitLiteral = (destination, start, end) => this.emit('literal', destination, start, end);
  private resourceDestination = '';
  private segmentHasAtSign = false;
  private segmentFirstLink = 0;

  constructor(
    private readonly source: string,
    private readonly definitions: Definitions,
    private readonly footnotes: Set<string>,
    private readonly links: OutlineLink[],
    private readonly comments: OutlineBlock[],
  ) {
    this.sourceSearches = createSearches();
    this.searches = this.sourceSearches;
  }

  scanRun(run: InlineRun): void {
    this.text = run.text;
    this.map = run.map;
    this.searches = run.text === this.source ? this.sourceSearches : createSearches();
    if (!run.tableRow) {
      this.scanSegment(run.start, run.end, run.taskListItem);
    } else if (this.nextCandidate(run.start, this.hasAtSign(run.start, run.end)) < run.end) {
      // Most rows of a long table hold nothing but text: those are passed over without visiting their cells.
      forEachCell(run.text, run.start, run.end, this.scanCell);
    }
  }

  private readonly scanCell = (start: number, end: number): void => this.scanSegment(start, end, false);

  private hasAtSign(start: number, end: number): boolean {
    const atSign = this.searches.atSign.find(this.text, start);
    return atSign >= 0 && atSign < end;
  }

  /** The next place at or after `p` where something may start (see `inlineCandidates.ts`). */
  private nextCandidate(p: number, emails: boolean): number {
    const searches = this.searches;
    const next = searches.candidates.find(this.text, p);
    if (!emails || next === p) return next;
    searches.emailRuns ??= new EmailRunSearch();
    return Math.min(next, searches.emailRuns.find(this.text, p));
  }

  private scanSegment(start: number, end: number, taskListItem: boolean): void {
    const text = this.text;
    this.end = end;
    if (this.openers.length !== 0) this.openers.length = 0;
    this.textNodes.reset(start);
    this.inactiveBelow = 0;
    this.backticks = null;
    this.trail.reset();
    this.titles.reset();
    this.segmentFirstLink = this.links.length;
    this.segmentHasAtSign = this.hasAtSign(start, end);

    let p = taskListItem ? this.skipTaskCheckbox(start) : start;
    // Between candidates nothing can start, whatever precedes: no need to look at those characters.
    while ((p = this.nextCandidate(p, this.segmentHasAtSign)) < end) {
      const c = text.charCodeAt(p);
      switch (c) {
        case 92 /* \ */:
          p += p + 1 < end && isAsciiPunctuation(text.charCodeAt(p + 1)) ? 2 : 1;
          break;
        case 96 /* ` */:
          p = this.codeSpan(p);
          break;
        case 60 /* < */:
          p = this.angle(p);
          break;
        case 91 /* [ */: {
          const call = this.footnoteCallEnd(p);
          if (call > 0) {
            this.noteNode(p, call);
            p = call;
          } else {
            this.pushOpener(p, false, p + 1);
            p++;
          }
          break;
        }
        case 33 /* ! */:
          if (codeAt(text, p + 1, end) === 91) {
            this.pushOpener(p, true, p + 2);
            p += 2;
          } else {
            p++;
          }
          break;
        case 93 /* ] */:
          p = this.closeBracket(p);
          break;
        default:
          p = isEmailAtext(c) ? this.wordStart(p, c, p > start ? text.charCodeAt(p - 1) : -1) : p + 1;
      }
    }
    this.textNodes.flush(text, start, end, this.emitLiteral);
  }

  /** A word character at `p`: a literal autolink may start here. Returns where scanning resumes. */
  private wordStart(p: number, c: number, previous: number): number {
    // Literal autolinks start at the start of a word (`h`/`w` may follow a digit or `_`).
    // Where an inline node just ended, mdast's transform sees the start of a text node.
    const afterNode = p === this.textNodes.lastNodeEnd;
    const mayBeUrl = (c === 104 || c === 72 || c === 119 || c === 87) && (afterNode || !isAsciiAlpha(previous)) && mayStartUrl(this.text, p, this.end);
    if (mayBeUrl || (this.segmentHasAtSign && (afterNode || !isEmailAtext(previous)))) {
      const consumedTo = this.literal(p, c, previous, afterNode ? -1 : previous);
      if (consumedTo > p) return consumedTo;
    }
    return p + 1;
  }

  /** `[^label]` naming a footnote definition: a footnote call, not link brackets. */
  private footnoteCallEnd(p: number): number {
    if (this.footnotes.size === 0) return -1;
    const labelEnd = footnoteLabelEnd(this.text, p, this.end);
    return labelEnd > 0 && this.footnotes.has(normalizeLabel(this.text.slice(p + 2, labelEnd))) ? labelEnd + 1 : -1;
  }

  /** `[ ]`, `[x]` at the very start of a list item's first paragraph is a task checkbox. */
  private skipTaskCheckbox(start: number): number {
    const text = this.text;
    const end = this.end;
    if (codeAt(text, start, end) !== 91 || codeAt(text, start + 2, end) !== 93) return start;
    const mark = codeAt(text, start + 1, end);
    if (!(isSpaceOrTab(mark) || isLineEnding(mark) || mark === 120 || mark === 88)) return start;
    const after = codeAt(text, start + 3, end);
    if (isLineEnding(after)) return start + 3;
    if (!isSpaceOrTab(after)) return start;
    let j = start + 3;
    while (j < end && isSpaceOrTab(text.charCodeAt(j))) j++;
    return j < end ? start + 3 : start;
  }

  /**
   * A literal autolink at `p`. remark finds them twice over: micromark's tokenizer (strict about the
   * preceding character, silent inside an unclosed `[`) makes them while parsing; mdast's transform
   * then searches the text nodes left outside links. Tokenizer literals are taken here; anything else
   * that might be one is left to `textNodes`. Returns where scanning resumes, or -1 when nothing was
   * consumed.
   */
  private literal(p: number, c: number, previous: number, previousInTextNode: number): number {
    const text = this.text;
    const end = this.end;
    const isH = c === 104 || c === 72;
    const isW = c === 119 || c === 87;
    const at = this.segmentHasAtSign ? this.searches.atSign.find(text, p) : -1;
    const mayBeEmail = at >= 0 && at < end && !isEmailAtext(previousInTextNode);
    if (!mayBeEmail && !isH && !isW) return -1;
    if (this.openers.length === 0) {
      let literalEnd = -1;
      if (mayBeEmail && canPrecedeEmail(previous)) literalEnd = emailLiteralEnd(text, p, end);
      if (literalEnd < 0 && isH && canPrecedeProtocol(previous)) literalEnd = protocolLiteralEnd(text, p, end, this.trail);
      if (literalEnd < 0 && isW && canPrecedeWww(previous)) literalEnd = wwwLiteralEnd(text, p, end, this.trail);
      if (literalEnd > p) {
        this.noteNode(p, literalEnd);
        this.emit('literal', text.slice(p, literalEnd), p, literalEnd);
        return literalEnd;
      }
    }
    if ((isH || isW) && mayStartTransformedUrl(text, p, end, previousInTextNode)) this.textNodes.addCandidate(p);
    else if (mayBeEmail && atextRunReachesAtSign(text, p, end)) this.textNodes.addCandidate(p);
    return -1;
  }

  private noteNode(start: number, end: number): void {
    this.textNodes.noteNode(start, end);
  }

  private codeSpan(p: number): number {
    const text = this.text;
    let q = p + 1;
    while (q < this.end && text.charCodeAt(q) === 96) q++;
    let closer: number;
    if (this.backticks === null) {
      // Scanning ahead is paid back by skipping the span; only after a miss is an index worth building.
      closer = nextBacktickRun(text, q, this.end, q - p);
      if (closer < 0) this.backticks = new BacktickRuns(text, q, this.end);
    } else {
      closer = this.backticks.next(q - p, q);
    }
    if (closer < 0) return q;
    this.noteNode(p, closer + (q - p));
    return closer + (q - p);
  }

  private angle(p: number): number {
    const text = this.text;
    const autolink = angleAutolinkEnd(text, p, this.end);
    if (autolink > 0) {
      this.noteNode(p, autolink);
      this.emit('autolink', text.slice(p + 1, autolink - 1), p, autolink);
      return autolink;
    }
    const html = rawHtmlEnd(text, p, this.end, this.searches);
    if (html < 0) return p + 1;
    this.noteNode(p, html);
    if (codeAt(text, p + 1, this.end) === 33 && codeAt(text, p + 2, this.end) === 45) {
      this.comments.push({ start: this.toSource(p), end: this.toSource(html) });
    }
    return html;
  }

  private pushOpener(at: number, image: boolean, textStart: number): void {
    const openers = this.openers;
    if (openers.length > 0) openers[openers.length - 1].hasNestedOpener = true;
    openers.push({ at, image, textStart, hasNestedOpener: false });
  }

  private popOpener(): void {
    this.openers.pop();
    if (this.inactiveBelow > this.openers.length) this.inactiveBelow = this.openers.length;
  }

  private closeBracket(p: number): number {
    const openers = this.openers;
    if (openers.length === 0) return p + 1;
    const opener = openers[openers.length - 1];
    if (!opener.image && openers.length - 1 < this.inactiveBelow) {
      this.popOpener();
      return p + 1;
    }
    const text = this.text;
    const after = p + 1;
    const next = codeAt(text, after, this.end);
    if (next === 40 /* ( */) {
      const resourceEnd = this.inlineResource(after);
      if (resourceEnd > 0) return this.formLink(opener, opener.image ? 'image' : 'link', this.resourceDestination, resourceEnd);
    } else if (next === 91 /* [ */) {
      const labelEnd = parseLabel(text, after, this.end);
      if (labelEnd > 0) {
        const destination = this.definitions.get(normalizeLabel(text.slice(after + 1, labelEnd - 1)));
        if (destination !== undefined) return this.formLink(opener, 'reference', destination, labelEnd);
      }
      const own = this.ownLabelDestination(opener, p);
      if (own !== undefined && codeAt(text, after + 1, this.end) === 93) return this.formLink(opener, 'reference', own, after + 2);
      this.popOpener();
      return after;
    }
    const shortcut = this.ownLabelDestination(opener, p);
    if (shortcut !== undefined) return this.formLink(opener, 'reference', shortcut, after);
    this.popOpener();
    return after;
  }

  /** The definition matching the bracketed text itself (shortcut and collapsed references). */
  private ownLabelDestination(opener: Opener, close: number): string | undefined {
    if (opener.hasNestedOpener || this.definitions.size === 0) return undefined;
    return this.definitions.get(normalizeLabel(this.text.slice(opener.textStart, close)));
  }

  /** `(dest "title")` at `i`: returns its end and sets `resourceDestination`, or returns -1. */
  private inlineResource(i: number): number {
    const text = this.text;
    const end = this.end;
    let j = skipWhitespace(text, i + 1, end);
    if (codeAt(text, j, end) === 41) {
      this.resourceDestination = '';
      return j + 1;
    }
    const destStart = j;
    const destEnd = parseDestination(text, j, end, INLINE_DESTINATION_PAREN_LIMIT);
    if (destEnd < 0) return -1;
    j = skipWhitespace(text, destEnd, end);
    if (j > destEnd) {
      const c = codeAt(text, j, end);
      if (c === 34 || c === 39 || c === 40) {
        const titleEnd = parseTitle(text, j, end, this.titles);
        if (titleEnd < 0) return -1;
        j = skipWhitespace(text, titleEnd, end);
      }
    }
    if (codeAt(text, j, end) !== 41) return -1;
    const angled = text.charCodeAt(destStart) === 60;
    this.resourceDestination = unescapeString(text, angled ? destStart + 1 : destStart, angled ? destEnd - 1 : destEnd);
    return j + 1;
  }

  private formLink(opener: Opener, kind: OutlineLinkKind, destination: string, end: number): number {
    this.popOpener();
    if (opener.image) {
      // An image's description is plain alt text: links inside it are not links in the tree.
      const from = this.toSource(opener.at);
      while (this.links.length > this.segmentFirstLink && this.links[this.links.length - 1].start > from) this.links.pop();
    } else {
      this.inactiveBelow = this.openers.length;
    }
    this.noteNode(opener.at, end);
    this.emit(kind, destination, opener.at, end);
    return end;
  }

  private emit(kind: OutlineLinkKind, destination: string, start: number, end: number): void {
    this.links.push({ kind, destination, start: this.toSource(start), end: this.toSource(end) });
  }

  private toSource(offset: number): number {
    return this.map === null ? offset : this.map.toSource(offset);
  }
}
