/** Terminal styles that turn into plain text when colour is off, so no escape code leaks into logs. */
export interface Styles {
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
  underline(text: string): string;
}

export function stylesFor(color: boolean): Styles {
  const sgr = (open: number, close: number) => (text: string) => (color ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    green: sgr(32, 39),
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    underline: sgr(4, 24),
  };
}
