/**
 * GFM literal autolinks (`www.x.com`, `https://x.com/a`, `who@x.com`), following the tokenizers of
 * micromark-extension-gfm-autolink-literal: where one may start, how far its domain and path run,
 * and which trailing punctuation is left out. Each function returns the literal's end, or -1.
 */
import {
  codeAt,
  isAsciiAlpha,
  isAsciiAlphanumeric,
  isAsciiControl,
  isMarkdownWhitespace,
  isUnicodePunctuation,
  isUnicodeWhitespace,
} from './characters';

/** Characters allowed in the local part of an email literal. */
export function isEmailAtext(c: number): boolean {
  // Flat, without calls: it is the test of every `@` in the text (see `EmailRunSearch`).
  return c === 43 || c === 45 || c === 46 || c === 95 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** May a `www.` literal start after `previous` (-1: start of the text)? */
export function canPrecedeWww(previous: number): boolean {
  return (
    previous === -1 || previous === 40 || previous === 42 || previous === 95 || previous === 91 ||
    previous === 93 || previous === 126 || isMarkdownWhitespace(previous)
  );
}

export function canPrecedeProtocol(previous: number): boolean {
  return !isAsciiAlpha(previous);
}

export function canPrecedeEmail(previous: number): boolean {
  return previous !== 47 && !isEmailAtext(previous);
}

function endsLiteral(c: number): boolean {
  return c === -1 || isMarkdownWhitespace(c) || isUnicodeWhitespace(c);
}

function isTrailPunctuation(c: number): boolean {
  return c === 33 || c === 34 || c === 39 || c === 41 || c === 42 || c === 44 || c === 46 || c === 58 || c === 59 || c === 63 || c === 95 || c === 126;
}

/**
 * Decides whether punctuation at `i` is trailing (left out of the literal). A failed check is
 * remembered: a later check starting inside the same run of punctuation fails at the same place,
 * which keeps `http://x/!!!!…!a` linear.
 */
export class TrailingPunctuation {
  private failedFrom = -1;
  private failedAt = -1;

  reset(): void {
    this.failedFrom = -1;
    this.failedAt = -1;
  }

  isTrail(text: string, i: number, end: number): boolean {
    if (i > this.failedFrom && i < this.failedAt) return false;
    let j = i;
    for (;;) {
      const c = codeAt(text, j, end);
      if (isTrailPunctuation(c)) {
        j++;
      } else if (c === 38 /* & */) {
        j++;
        if (!isAsciiAlpha(codeAt(text, j, end))) break;
        while (isAsciiAlpha(codeAt(text, j, end))) j++;
        if (codeAt(text, j, end) !== 59) break;
        j++;
      } else if (c === 93 /* ] */) {
        j++;
        const next = codeAt(text, j, end);
        if (next === 40 || next === 91 || endsLiteral(next)) return true;
      } else {
        if (c === 60 || endsLiteral(c)) return true;
        break;
      }
    }
    this.failedFrom = i;
    this.failedAt = j;
    return false;
  }
}

function domainEnd(text: string, i: number, end: number, trail: TrailingPunctuation): number {
  let seen = false;
  let underscoreInLast = false;
  let underscoreInLastButOne = false;
  let j = i;
  for (;;) {
    const c = codeAt(text, j, end);
    if (c === 46 || c === 95) {
      if (trail.isTrail(text, j, end)) break;
      if (c === 95) {
        underscoreInLast = true;
      } else {
        underscoreInLastButOne = underscoreInLast;
        underscoreInLast = false;
      }
      j++;
      continue;
    }
    if (endsLiteral(c) || (c !== 45 && isUnicodePunctuation(c))) break;
    seen = true;
    j++;
  }
  return seen && !underscoreInLast && !underscoreInLastButOne ? j : -1;
}

function pathEnd(text: string, i: number, end: number, trail: TrailingPunctuation): number {
  let opened = 0;
  let closed = 0;
  let j = i;
  for (;;) {
    const c = codeAt(text, j, end);
    if (c === 40) {
      opened++;
    } else if (c === 41 && closed < opened) {
      closed++;
    } else if (isTrailPunctuation(c) || c === 38 || c === 60 || c === 93) {
      if (trail.isTrail(text, j, end)) return j;
      if (c === 41) closed++;
    } else if (endsLiteral(c)) {
      return j;
    }
    j++;
  }
}

function isW(c: number): boolean {
  return c === 87 || c === 119;
}

/** `www.` literal at `i` (the first `w`). */
export function wwwLiteralEnd(text: string, i: number, end: number, trail: TrailingPunctuation): number {
  if (!isW(codeAt(text, i + 1, end)) || !isW(codeAt(text, i + 2, end)) || codeAt(text, i + 3, end) !== 46) return -1;
  if (i + 4 >= end) return -1;
  const domain = domainEnd(text, i, end, trail);
  return domain < 0 ? -1 : pathEnd(text, domain, end, trail);
}

/** `http://` or `https://` literal at `i` (the `h`). */
export function protocolLiteralEnd(text: string, i: number, end: number, trail: TrailingPunctuation): number {
  let j = i;
  while (j - i < 5 && isAsciiAlpha(codeAt(text, j, end))) j++;
  if (codeAt(text, j, end) !== 58) return -1;
  const scheme = text.slice(i, j).toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return -1;
  if (codeAt(text, j + 1, end) !== 47 || codeAt(text, j + 2, end) !== 47) return -1;
  j += 3;
  const first = codeAt(text, j, end);
  if (first === -1 || isAsciiControl(first) || endsLiteral(first) || isUnicodePunctuation(first)) return -1;
  const domain = domainEnd(text, j, end, trail);
  return domain < 0 ? -1 : pathEnd(text, domain, end, trail);
}

/** `local@domain.tld` literal at `i` (the first character of the local part). */
export function emailLiteralEnd(text: string, i: number, end: number): number {
  let j = i;
  while (isEmailAtext(codeAt(text, j, end))) j++;
  if (codeAt(text, j, end) !== 64 /* @ */) return -1;
  j++;
  let dot = false;
  let data = false;
  for (;;) {
    const c = codeAt(text, j, end);
    if (c === 46) {
      if (!isAsciiAlphanumeric(codeAt(text, j + 1, end))) break;
      dot = true;
    } else if (c === 45 || c === 95 || isAsciiAlphanumeric(c)) {
      data = true;
    } else {
      break;
    }
    j++;
  }
  return data && dot && isAsciiAlpha(codeAt(text, j - 1, end)) ? j : -1;
}
