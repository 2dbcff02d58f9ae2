/**
 * The pure core: parse → model → checks → views. Imports neither `vscode` nor
 * the LSP libraries nor `node:*`; hosts pass in what it needs (options,
 * `fileExists`). Everything the CLI, the language server and the tests use is
 * exported here.
 */
export { checkPack, checkParsed, toDiagnostics } from './checkPack';
export type { PackResult } from './checkPack';
export type { PackDiagnostic, Finding, Fix, Severity, TextEdit, RelatedInfo } from './diagnostic';
export { DEFAULT_OPTIONS, withDefaults } from './options';
export type { CheckOptions, SeveritySetting } from './options';
export { RULES, findRule } from './rules';
export type { Rule, RuleMeta } from './rules';
export { docsUrl } from './docsLink';
export { parsePack, locate, DEFAULT_PARSE_LIMITS } from './parse/parsePack';
export type { ParsedPack, ParseLimits } from './parse/parsePack';
export { LineIndex } from './text/lineIndex';
export type { Position, Range, Span } from './text/lineIndex';
export { capacitySummary } from './capacity/summary';
export type { CapacitySummary } from './capacity/summary';
export type * from './model/types';
export * from './time';
