import type { Line, TableCell, TableRow } from './types';

/** Where a row's pipes split it, with whether any split fell inside inline code. */
interface Splits {
  pipes: number[];
  inCode: boolean;
}

/**
 * Splits a table line into cells as GitHub does: at every `|` not escaped
 * as `\|`, even inside inline code (so `a|b` in backticks makes two cells;
 * the row remembers that, for a clearer message). A leading and a trailing
 * pipe are optional.
 */
export function splitRow(line: Line): TableRow {
  const { pipes, inCode } = findPipes(line.text);
  const first = line.text.search(/\S/);
  const last = line.text.trimEnd().length - 1;
  const bounds = [-1, ...pipes, line.text.length];
  const cells: TableCell[] = [];
  for (let index = 0; index + 1 < bounds.length; index++) {
    const [from, to] = [bounds[index] + 1, bounds[index + 1]];
    if ((index === 0 && pipes[0] === first) || (index === bounds.length - 2 && pipes[pipes.length - 1] === last)) continue;
    cells.push(cell(line, from, to));
  }
  const span = { start: line.start + Math.max(first, 0), end: line.start + last + 1 };
  return { line: line.number, span, cells, pipeInCode: inCode };
}

function findPipes(text: string): Splits {
  const pipes: number[] = [];
  let inCode = false;
  let code = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') index++;
    else if (char === '|') {
      pipes.push(index);
      inCode ||= code !== '';
    } else if (char === '`') {
      const run = backtickRun(text, index);
      if (code === '' && text.includes(run, index + run.length)) code = run;
      else if (run === code) code = '';
      index += run.length - 1;
    }
  }
  return { pipes, inCode };
}

/** The backticks from `from` on (reading them in place: a slice per backtick would copy the rest of a long line). */
function backtickRun(text: string, from: number): string {
  let end = from;
  while (text[end] === '`') end++;
  return text.slice(from, end);
}

function cell(line: Line, from: number, to: number): TableCell {
  const raw = line.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  const start = line.start + from + (trimmed ? lead : 0);
  const end = trimmed ? start + trimmed.length : line.start + to;
  return { text: trimmed.replace(/\\\|/g, '|'), span: { start, end } };
}
