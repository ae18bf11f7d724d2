/**
 * Literal autolinks found the way mdast's transform finds them (see `literalTransform.ts`), for one
 * segment of inline content: it remembers the inline nodes met (text nodes lie between them) and the
 * places where a literal might start that micromark's tokenizer did not take, then matches those
 * places within their text nodes, URLs first and emails after, as the transform does.
 */
import { unescapeString } from './characterReferences';
import { transformedEmailEnd, transformedUrlEnd } from './literalTransform';

export type EmitLiteral = (destination: string, start: number, end: number) => void;

export class TextNodeLiterals {
  /** [start, end) pairs of the inline nodes met so far (code, HTML, autolinks, links, literals). */
  private readonly nodes: number[] = [];
  private nodeCount = 0;
  private readonly candidates: number[] = [];
  /** End of the last inline node: a text node starts there. */
  lastNodeEnd = -1;

  reset(segmentStart: number): void {
    this.nodeCount = 0;
    if (this.candidates.length !== 0) this.candidates.length = 0;
    this.lastNodeEnd = segmentStart;
  }

  noteNode(start: number, end: number): void {
    this.nodes[this.nodeCount++] = start;
    this.nodes[this.nodeCount++] = end;
    this.lastNodeEnd = end;
  }

  addCandidate(p: number): void {
    this.candidates.push(p);
  }

  flush(text: string, segmentStart: number, segmentEnd: number, emit: EmitLiteral): void {
    if (this.candidates.length === 0) return;
    const urls = this.match(text, segmentStart, segmentEnd, true, [], emit);
    this.match(text, segmentStart, segmentEnd, false, urls, emit);
  }

  private match(text: string, segmentStart: number, segmentEnd: number, urls: boolean, earlier: number[], emit: EmitLiteral): number[] {
    const nodes = this.nodes.slice(0, this.nodeCount).concat(earlier);
    const order: number[] = [];
    for (let k = 0; k < nodes.length; k += 2) order.push(k);
    order.sort((a, b) => nodes[a] - nodes[b]);
    const found: number[] = [];
    let next = 0;
    let coveredUntil = -1;
    let lastEnd = segmentStart;
    for (const p of this.candidates) {
      while (next < order.length && nodes[order[next]] <= p) {
        lastEnd = Math.max(lastEnd, nodes[order[next] + 1]);
        next++;
      }
      if (lastEnd > p || p < coveredUntil) continue; // inside a node (a link's text), or already matched
      const nodeEnd = next < order.length ? nodes[order[next]] : segmentEnd;
      const previous = p === lastEnd ? -1 : text.charCodeAt(p - 1);
      const end = urls ? transformedUrlEnd(text, p, nodeEnd, previous) : transformedEmailEnd(text, p, nodeEnd, previous);
      if (end > p) {
        // Text nodes hold the text with escapes resolved.
        emit(unescapeString(text, p, end), p, end);
        found.push(p, end);
        coveredUntil = end;
      }
    }
    return found;
  }
}
