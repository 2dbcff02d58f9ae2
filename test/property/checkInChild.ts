/**
 * Checks the text on stdin in this (separate) process and prints the
 * diagnostics' codes and ranges as JSON, so a test can tell a crash
 * (out of memory, stack overflow) or a hang from a result.
 */
import { readFileSync } from 'node:fs';
import { checkPack } from '../../server/src/pack';

const text = readFileSync(0, 'utf8');
const started = performance.now();
const { diagnostics } = checkPack(text);
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, diagnostics: diagnostics.map(({ code, span, range, related }) => ({ code, span, range, related: related.map((r) => ({ span: r.span, range: r.range })) })) }));
