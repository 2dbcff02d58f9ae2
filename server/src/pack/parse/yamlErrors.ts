import type { YAMLError } from 'yaml';
import type { Finding, Severity } from '../diagnostic';

/** Messages a planner can act on, for the yaml errors people actually make. */
const FRIENDLY: Record<string, string> = {
  TAB_AS_INDENT: 'Tabs cannot indent YAML: indent with spaces.',
  DUPLICATE_KEY: 'This key appears twice in the same mapping; only the first one is read.',
  MISSING_CHAR: 'A closing quote or bracket is missing.',
  BAD_INDENT: 'The indentation here does not line up with the lines around it.',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line; is a `:` or a closing quote missing above?',
  BLOCK_AS_IMPLICIT_KEY: 'A key must fit on one line; is a `:` or a closing quote missing above?',
};

export function yamlErrorFinding(error: YAMLError, base: number, severity: Severity): Finding {
  const [start, end] = error.pos;
  const friendly = FRIENDLY[error.code];
  const raw = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return {
    code: error.code === 'DUPLICATE_KEY' ? 'RP003' : 'RP001',
    message: friendly ? `${friendly} (${raw})` : `YAML syntax: ${raw}`,
    span: { start: base + start, end: base + Math.max(end, start + 1) },
    severity: error.code === 'DUPLICATE_KEY' ? undefined : severity,
  };
}
