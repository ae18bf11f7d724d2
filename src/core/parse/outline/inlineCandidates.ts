/**
 * Where the inline pass must look next. Most inline content is plain text in which nothing can
 * start, and `indexOf` skips it far faster than a loop over its characters. A place where something
 * may start (a candidate) is:
 * - a character that may start a construct: `\` `` ` `` `<` `[` `!` `]`;
 * - `http://`, `https://` or `www.`, in any case: every URL literal starts with one, whether
 *   micromark's tokenizer or mdast's transform finds it (the pass also hands the transform words
 *   that merely start with `http`, where it then matches nothing: skipping those changes nothing);
 * - where the content holds an `@`, any character from which email characters (`[\w+.-]`) run to
 *   an `@`: the start of an email literal.
 * None of this depends on the character before, so a search from `from` finds every place at or
 * after `from` where something may start, inline node ends and segment starts included. Finding
 * too many is harmless: the pass examines each candidate in full, exactly as it would any character.
 * Each search remembers its last answer, as `ForwardSearch` does, so it stays linear over a document.
 */
import { isEmailAtext } from './autolinkLiterals';
import { ForwardSearch } from './forwardSearch';

const CONSTRUCT_CHARACTERS = ['\\', '`', '<', '[', '!', ']'];

/**
 * Constructs and URL literals: the first candidate at or after `from`, or `text.length`. Plain
 * fields rather than a `ForwardSearch` per character: this is created for every document, and
 * fewer objects make the first documents, before the code is optimised, cheaper.
 */
export class CandidateSearch {
  /** Per construct character, as in `ForwardSearch`: where its last search started, what it found (-1: none). */
  private readonly searchedFrom = [-1, -1, -1, -1, -1, -1];
  private readonly foundAt = [-1, -1, -1, -1, -1, -1];
  /** The same for URLs (searched by their `//`) and for `www.` (searched by its `.`), the answers being word starts. */
  private urlFrom = -1;
  private urlAt = -1;
  private wwwFrom = -1;
  private wwwAt = -1;
  private from = -1;
  private found = -1;

  find(text: string, from: number): number {
    if (from >= this.from && from <= this.found) return this.found;
    let found = Math.min(this.nextUrl(text, from), this.nextWww(text, from));
    for (let k = 0; k < CONSTRUCT_CHARACTERS.length; k++) {
      const searchedFrom = this.searchedFrom[k];
      let at = this.foundAt[k];
      if (searchedFrom < 0 || from < searchedFrom || (at !== -1 && from > at)) {
        at = text.indexOf(CONSTRUCT_CHARACTERS[k], from);
        this.searchedFrom[k] = from;
        this.foundAt[k] = at;
      }
      if (at >= 0 && at < found) found = at;
    }
    this.from = from;
    this.found = found;
    return found;
  }

  /** The first `http://` or `https://` (any case) at or after `from`, or `text.length`. */
  private nextUrl(text: string, from: number): number {
    if (from >= this.urlFrom && from <= this.urlAt) return this.urlAt;
    let found = text.length;
    for (let at = text.indexOf('//', from + 5); at >= 0; at = text.indexOf('//', at + 1)) {
      if (at - 6 >= from && startsWithIgnoringCase(text, at - 6, 'https:')) {
        found = at - 6;
        break;
      }
      if (startsWithIgnoringCase(text, at - 5, 'http:')) {
        found = at - 5;
        break;
      }
    }
    this.urlFrom = from;
    this.urlAt = found;
    return found;
  }

  /** The first `www.` (any case) at or after `from`, or `text.length`. */
  private nextWww(text: string, from: number): number {
    if (from >= this.wwwFrom && from <= this.wwwAt) return this.wwwAt;
    let found = text.length;
    for (let at = text.indexOf('.', from + 3); at >= 0; at = text.indexOf('.', at + 1)) {
      if (startsWithIgnoringCase(text, at - 3, 'www')) {
        found = at - 3;
        break;
      }
    }
    this.wwwFrom = from;
    this.wwwAt = found;
    return found;
  }
}

/** Whether `text` holds `lowerCase` at `p`, ignoring ASCII case. */
function startsWithIgnoringCase(text: string, p: number, lowerCase: string): boolean {
  for (let k = 0; k < lowerCase.length; k++) {
    const c = text.charCodeAt(p + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lowerCase.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Email literals: the first place at or after `from` from which email characters run to an `@`,
 * or `text.length`. Every place of such a run counts, not just its start, so that a search from
 * inside one (after an inline node) finds it too.
 */
export class EmailRunSearch {
  private readonly atSign = new ForwardSearch('@');
  private from = -1;
  private found = -1;
  /** The last run found: [runStart, runAt), where `runAt` is its `@`. */
  private runStart = -1;
  private runAt = -1;

  find(text: string, from: number): number {
    if (from >= this.from && from <= this.found) return this.found;
    let found = text.length;
    if (from >= this.runStart && from < this.runAt) {
      found = from;
    } else {
      // Plain `indexOf` and one test per `@`: a long table of `@name` mentions runs this loop over
      // thousands of them, mostly before it is optimised.
      for (let at = this.atSign.find(text, from); at >= 0; at = text.indexOf('@', at + 1)) {
        if (at === from || !isEmailAtext(text.charCodeAt(at - 1))) continue;
        let start = at - 1;
        while (start > 0 && isEmailAtext(text.charCodeAt(start - 1))) start--;
        this.runStart = start;
        this.runAt = at;
        found = Math.max(start, from);
        break;
      }
    }
    this.from = from;
    this.found = found;
    return found;
  }
}
