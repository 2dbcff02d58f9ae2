/**
 * The pure core: parse → model → checks → views. Imports neither `vscode` nor
 * the LSP libraries nor `node:*`; hosts pass in what it needs (options,
 * `fileExists`). Everything the CLI, the language server and the tests use is
 * exported here.
 */
export { checkPack, checkParsed, toDiagnostics } from './checkPack';
export type { PackResult } from './checkPack';
export { CheckCache } from './cache/checkCache';
export type { PackDiagnostic, Finding, Fix, Severity, TextEdit, RelatedInfo } from './diagnostic';
export { DEFAULT_OPTIONS, withDefaults } from './options';
export type { CheckOptions, SeveritySetting } from './options';
export { RULES, findRule } from './rules';
export type { Rule, RuleCode, RuleMeta } from './rules';
export { docsUrl } from './docsLink';
export { parsePack, locate, DEFAULT_PARSE_LIMITS } from './parse/parsePack';
export type { ParsedPack, ParseLimits } from './parse/parsePack';
export { LineIndex } from './text/lineIndex';
export type { Position, Range, Span } from './text/lineIndex';
export { capacitySummary } from './capacity/summary';
export { percentText } from './model/values';
export { newlineOf, oneDecimal, ownerNames, plural, round1 } from './text/format';
export type { CapacitySummary } from './capacity/summary';
export type * from './model/types';
export * from './time';
export { nodeAt } from './navigate/nodeAt';
export type { NodeAt } from './navigate/nodeAt';
export { symbolAt, valueAt } from './navigate/symbolAt';
export type { SymbolAt } from './navigate/symbolAt';
export { entityOccurrences, teamOccurrences } from './navigate/occurrences';
export type { Occurrence } from './navigate/occurrences';
export { completionsAt } from './navigate/completions';
export type { Candidate, CandidateKind, Completions } from './navigate/completions';
export { templatesFromSnippets, templatePrefixes } from './navigate/templates';
export type { Template } from './navigate/templates';
export { outline } from './navigate/outline';
export type { OutlineItem, OutlineKind } from './navigate/outline';
export { reachableFrom } from './navigate/reachability';
export { goalDeliveries } from './strategy/goalDelivery';
export type { GoalDelivery, GoalState } from './strategy/goalDelivery';
export { entityCard, teamCard, spanCard } from './describe/cards';
export { digestRulePage, ruleHoverCard, HOVER_EXAMPLE_LINES } from './describe/rulePage';
export type { RulePageDigest } from './describe/rulePage';
export { PackAnalysis } from './analysis';
export { removeListItem, appendListItem } from './navigate/listEdits';
export { ID_PATTERN } from './schema/timePatterns';
export { TeamIndex } from './capacity/teamIndex';
export { capacityHeadline } from './capacity/headline';
export { keyDescription } from './schema/keyDescription';
export { checkBrief } from './briefs/checkBrief';
export type { BriefResult } from './briefs/checkBrief';
export type { BriefContext } from './briefs/context';
export { parseBrief, briefHeader } from './briefs/parseBrief';
export type { BriefHeader } from './briefs/parseBrief';
export type { Brief, BriefField, FrontMatter, Heading, Section, Table, TableRow, TableCell, MilestoneLine, MetricRow } from './briefs/types';
export { DEFAULT_REQUIRED_SECTIONS, sectionKey } from './briefs/sectionNames';
export { checkMarkdownPacks } from './briefs/markdownPacks';
export { checkMarkdownFile, isMarkdownRelevant } from './briefs/checkMarkdownFile';
export type { HostPack, MarkdownDocument, MarkdownFileResult, MarkdownHost, MarkdownOptions } from './briefs/checkMarkdownFile';
export { roadmapBlocks } from './briefs/roadmapBlocks';
export type { RoadmapBlock } from './briefs/roadmapBlocks';
export { ownerPackFor } from './briefs/resolve';
export type { KnownPack } from './briefs/resolve';
export * from './views';
export { qualityGate, qualityGateMarkdown, QUALITY_DIMENSIONS, statusUpdate, briefTemplate, addBriefEdit, applyTextEdit } from './generate';
export type { Criterion, Dimension, DimensionName, QualityGate, CalendarMonth, BriefFile } from './generate';
export * from './diff';
export { levelPack, levelFixes, moveEdits, applyEdits, peakText } from './level';
export type { LevelMove, LevelPlan, Recheck, TeamPeak, Unplaced } from './level';
