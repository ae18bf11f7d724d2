import { UsageError } from './cliIo';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface CheckArgs {
  command: 'check';
  paths: string[];
  format: FormatName;
  config?: string;
  maxWarnings: number;
}

export type ParsedArgs = CheckArgs | { command: 'help' } | { command: 'version' };

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(`unknown command "${command}" (try: incident-records check [paths…])`);
  const args: CheckArgs = { command: 'check', paths: [], format: 'stylish', maxWarnings: -1 };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format':
      case '-f': {
        const format = value();
        if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
        args.format = format as FormatName;
        break;
      }
      case '--config':
      case '-c':
        args.config = value();
        break;
      case '--max-warnings': {
        const raw = value();
        if (!/^-?\d+$/.test(raw) || Number(raw) < -1) throw new UsageError(`--max-warnings takes a whole number (or -1 for no limit), not "${raw}"`);
        args.maxWarnings = Number(raw);
        break;
      }
      case '--help':
      case '-h':
        return { command: 'help' };
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
        args.paths.push(arg);
    }
  }
  if (args.paths.length === 0) args.paths.push('.');
  return args;
}

export const HELP = `Usage: incident-records check [paths…] [options]

Checks incident, near-miss, tabletop and corrective-action records (Markdown with YAML
frontmatter) for missing SOC 2 evidence. Paths are files or folders (default: .).

Options:
  -f, --format <name>     stylish (default), json, sarif or github
  -c, --config <file>     use this .incident-records.json (its folder is the workspace root)
      --max-warnings <n>  exit 1 when there are more than n warnings (default: no limit)
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 bad usage, unreadable path or invalid config.
`;
