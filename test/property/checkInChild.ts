/**
 * Checks the text on stdin in this (separate) process and prints the
 * diagnostics' codes and ranges as JSON, so a test can tell a crash
 * (out of memory, stack overflow) or a hang from a result.
 */
import { readFileSync } from 'node:fs';
import { checkPack } from '../../server/src/pack';
import { cpuTimed } from '../helpers/cpuTime';

const text = readFileSync(0, 'utf8');
// CPU time, as the tests' own bounds: a busy machine does not inflate it.
const { value: { diagnostics }, ms } = cpuTimed(() => checkPack(text));
process.stdout.write(JSON.stringify({ ms, diagnostics: diagnostics.map(({ code, span, range, related }) => ({ code, span, range, related: related.map((r) => ({ span: r.span, range: r.range })) })) }));
