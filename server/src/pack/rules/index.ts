import { yamlSyntax } from './RP001-yaml-syntax';
import { inputLimit } from './RP002-input-limit';
import { duplicateKey } from './RP003-duplicate-key';
import { schema } from './RP101-schema';
import { unknownKey } from './RP102-unknown-key';
import { invalidTime } from './RP103-invalid-time';
import { invalidEffort } from './RP104-invalid-effort';
import { duplicateId } from './RP201-duplicate-id';
import { unresolvedReference } from './RP202-unresolved-reference';
import { unknownOwner } from './RP203-unknown-owner';
import { missingBrief } from './RP204-missing-brief';
import { dependencyWithoutDate } from './RP205-dependency-without-date';
import { unusedDependency } from './RP206-unused-dependency';
import { dependencyCycle } from './RP301-dependency-cycle';
import { scheduleConflict } from './RP401-schedule-conflict';
import { milestoneOutside } from './RP402-milestone-outside';
import { outsideHorizon } from './RP403-outside-horizon';
import { outOfDate } from './RP404-out-of-date';
import { gateForecastLate } from './RP405-gate-forecast-late';
import { quarterOverCapacity } from './RP501-quarter-over-capacity';
import { quarterOverThreshold } from './RP502-quarter-over-threshold';
import { weeklyOverload } from './RP503-weekly-overload';
import { cannotFit } from './RP504-cannot-fit';
import { noBauReserved } from './RP505-no-bau-reserved';
import { evidenceIncomplete } from './RP601-evidence-incomplete';
import { initiativeIncomplete } from './RP602-initiative-incomplete';
import { riskIncomplete } from './RP603-risk-incomplete';
import { noNonGoals } from './RP604-no-non-goals';
import { targetTbd } from './RP605-target-tbd';
import { briefFrontMatter } from './RP701-brief-front-matter';
import { briefUnknownInitiative } from './RP702-brief-unknown-initiative';
import { briefMissingSection } from './RP703-brief-missing-section';
import { briefMilestoneOutside } from './RP704-brief-milestone-outside';
import { briefTable } from './RP705-brief-table';
import { briefMetricMismatch } from './RP706-brief-metric-mismatch';
import { goalUnserved } from './RP801-goal-unserved';
import { initiativeServesNoGoal } from './RP802-initiative-serves-no-goal';
import { goalLate } from './RP803-goal-late';
import { lateFirstValue } from './RP804-late-first-value';
import { noValueWork } from './RP805-no-value-work';
import { tradeoffIncomplete } from './RP806-tradeoff-incomplete';
import { missingInclude } from './RP901-missing-include';
import { includedTwice } from './RP902-included-twice';
import { nestedPortfolio } from './RP903-nested-portfolio';

/** Every rule, in code order. docs/rules/<code>.md documents each one. */
export const RULES = [
  yamlSyntax,
  inputLimit,
  duplicateKey,
  schema,
  unknownKey,
  invalidTime,
  invalidEffort,
  duplicateId,
  unresolvedReference,
  unknownOwner,
  missingBrief,
  dependencyWithoutDate,
  unusedDependency,
  dependencyCycle,
  scheduleConflict,
  milestoneOutside,
  outsideHorizon,
  outOfDate,
  gateForecastLate,
  quarterOverCapacity,
  quarterOverThreshold,
  weeklyOverload,
  cannotFit,
  noBauReserved,
  evidenceIncomplete,
  initiativeIncomplete,
  riskIncomplete,
  noNonGoals,
  targetTbd,
  briefFrontMatter,
  briefUnknownInitiative,
  briefMissingSection,
  briefMilestoneOutside,
  briefTable,
  briefMetricMismatch,
  goalUnserved,
  initiativeServesNoGoal,
  goalLate,
  lateFirstValue,
  noValueWork,
  tradeoffIncomplete,
  missingInclude,
  includedTwice,
  nestedPortfolio,
] as const;

/** The code of a rule in `RULES`: the only codes a finding may carry. */
export type RuleCode = (typeof RULES)[number]['code'];

const BY_CODE: ReadonlyMap<string, (typeof RULES)[number]> = new Map(RULES.flatMap((rule) => [[rule.code, rule] as const, [rule.name, rule] as const]));

/** A rule by code (`RP301`) or name (`dependency-cycle`). */
export function findRule(codeOrName: string): (typeof RULES)[number] | undefined {
  return BY_CODE.get(codeOrName) ?? BY_CODE.get(codeOrName.toUpperCase());
}

export type { Rule, RuleContext, RuleMeta, RuleOptions } from './rule';
