import { pathToFileURL } from 'node:url';
import { sep } from 'node:path';
import { RULES, docsUrl, type PackDiagnostic, type Range, type Rule, type Severity } from '../pack';
import { PROJECT_URL, TOOL_NAME } from './about';
import type { PackReport } from './report';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Relative artifact URIs resolve against this base, declared in `originalUriBaseIds`. */
const BASE_ID = 'SRCROOT';
const RULE_INDEX = new Map(RULES.map((rule, index) => [rule.code, index]));

/** A SARIF 2.1.0 log with one run, for GitHub code scanning and other SARIF viewers. */
export function formatSarif(reports: readonly PackReport[], version: string, cwd: string): string {
  const log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [sarifRun(reports, version, cwd)] };
  return JSON.stringify(log, null, 2) + '\n';
}

function sarifRun(reports: readonly PackReport[], version: string, cwd: string) {
  return {
    tool: { driver: { name: TOOL_NAME, informationUri: PROJECT_URL, version, rules: RULES.map(ruleDescriptor) } },
    originalUriBaseIds: { [BASE_ID]: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
    // The core's columns are LSP characters, i.e. UTF-16 code units; SARIF's default is code points.
    columnKind: 'utf16CodeUnits',
    invocations: [invocation(reports)],
    results: reports.flatMap((report) => report.diagnostics.map((diagnostic) => result(report.path, diagnostic))),
  };
}

function ruleDescriptor(rule: Rule) {
  return {
    id: rule.code,
    name: rule.name,
    shortDescription: { text: rule.summary },
    helpUri: docsUrl(rule.code),
    defaultConfiguration: { level: sarifLevel(rule.severity) },
  };
}

/** SARIF has no hint or information level; both are notes. */
export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' || severity === 'warning' ? severity : 'note';
}

/** Files that could not be read are tool notifications, not results: no rule found them. */
function invocation(reports: readonly PackReport[]) {
  const notifications = reports
    .filter((report) => report.unreadable !== undefined)
    .map((report) => ({ level: 'error', message: { text: report.unreadable }, locations: [{ physicalLocation: { artifactLocation: artifact(report.path) } }] }));
  return { executionSuccessful: true, toolExecutionNotifications: notifications };
}

function result(path: string, diagnostic: PackDiagnostic) {
  const related = diagnostic.related.map((info, id) => ({ id, message: { text: info.message }, physicalLocation: physicalLocation(info.uri, path, info.range) }));
  return {
    ruleId: diagnostic.code,
    ...(RULE_INDEX.has(diagnostic.code) ? { ruleIndex: RULE_INDEX.get(diagnostic.code) } : {}),
    level: sarifLevel(diagnostic.severity),
    message: { text: diagnostic.message },
    locations: [{ physicalLocation: physicalLocation(undefined, path, diagnostic.range) }],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
  };
}

/** `uri` is set only when related information lies in another document. */
function physicalLocation(uri: string | undefined, path: string, range: Range) {
  return { artifactLocation: uri === undefined ? artifact(path) : { uri }, region: region(range) };
}

function artifact(path: string) {
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: BASE_ID };
}

/** 1-based lines and columns; the end column is exclusive in both LSP and SARIF. */
function region(range: Range) {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}
