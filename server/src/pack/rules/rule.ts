import type { Finding, Severity } from '../diagnostic';
import type { PackModel } from '../model/types';
import type { Path } from '../parse/nodeLoc';
import type { Span } from '../text/lineIndex';
import type { PackAnalysis } from '../analysis';

/** What every rule declares about itself; the docs page is docs/rules/<code>.md. */
export interface RuleMeta<Code extends string = string> {
  code: Code;
  name: string;
  severity: Severity;
  /** One line: what the rule finds. */
  summary: string;
}

export interface RuleContext {
  model: PackModel;
  analysis: PackAnalysis;
  options: RuleOptions;
  span(path: Path, part?: 'key' | 'value'): Span;
}

export interface RuleOptions {
  /** Count hires marked `confirmed: false` in capacity. */
  ifHired: boolean;
  /** Answers whether a file named by the pack (relative to it) exists; absent: not checked. */
  fileExists?: (relativePath: string) => boolean;
}

/**
 * A rule either checks the model (`check`) or only declares a code that the
 * parse or schema steps report (`check` absent), so that every code has one
 * home with its metadata.
 */
export interface Rule<Code extends string = string> extends RuleMeta<Code> {
  check?: (context: RuleContext) => Finding[];
}
