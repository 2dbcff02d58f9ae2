import { z } from 'zod';
import { BOUND_PARAMS, EFFORT_BOUND_MESSAGE, PERCENT_BOUND_MESSAGE, effortWithinBound, percentWithinBound } from './bounds';
import { CADENCE_PATTERN, EFFORT_PATTERN, ID_PATTERN, LAG_PATTERN, REFERENCE_PATTERN, PERCENT_PATTERN, POINT_PATTERN, SPAN_PATTERN } from './timePatterns';

/**
 * The roadmap pack format, v1: the single source of truth for its shape.
 * schemas/roadmap-pack.schema.json is generated from it (npm run schema).
 * Objects are strict so that unknown keys are found (and reported as warnings
 * with a "did you mean"); semantics beyond shape live in the checks.
 */
const text = z.string();
const id = z.string().regex(ID_PATTERN, { error: 'An id is letters, digits, `.`, `_` and `-`, starting with a letter or digit.' });
/** What names an entity: its id, or `name:id` for an entity of another pack of the portfolio. */
const reference = z.string().regex(REFERENCE_PATTERN, { error: 'A reference is an id (letters, digits, `.`, `_` and `-`), or `name:id` for an entity of another pack of the portfolio.' });
const point = z.string().regex(POINT_PATTERN, { error: 'Not a point in time.' }).meta({ description: 'A quarter-week `2026-Q3-W4`, a quarter `2026-Q3` (its first week) or a date `2026-07-13`.' });
const span = z.string().regex(SPAN_PATTERN, { error: 'Not a span of time.' }).meta({ description: 'A span: `2026-Q3-W4..W8`, `2026-Q3-W10..2026-Q4-W2`, `2026-Q3`, `2026-Q3..2026-Q4`, `2026-Q4-W7` or `2026-07-06..2026-08-28`; ends inclusive.' });
const percent = z.union([z.string().regex(PERCENT_PATTERN, { error: 'Write a percentage such as `40%`.' }).refine(percentWithinBound, { error: PERCENT_BOUND_MESSAGE, params: BOUND_PARAMS }), z.number().min(0).max(1, { error: 'A bare number here is a fraction from 0 to 1: write `40%` for forty percent.' })]).meta({ description: 'A percentage such as `40%` (or a fraction from 0 to 1).' });
const effortBound = { error: EFFORT_BOUND_MESSAGE, params: BOUND_PARAMS } as const;
const level = z.enum(['low', 'medium', 'high']);
const measure = z.union([z.string(), z.number()]);

export const dependencyTypeSchema = z.enum(['finish-to-start', 'start-to-start', 'finish-to-finish']);

export const dependencyRefSchema = z.union([
  reference.meta({ description: 'The id of an initiative, gate or register dependency this waits for (finish-to-start); `name:id` in another pack of the portfolio.' }),
  z.strictObject({
    id: reference.meta({ description: 'The id of an initiative, gate or register dependency (`name:id` in another pack of the portfolio).' }),
    type: dependencyTypeSchema.optional().meta({ description: 'finish-to-start (default), start-to-start or finish-to-finish.' }),
    lag: z.union([z.string().regex(LAG_PATTERN, { error: 'Write a lag in whole weeks such as `3w` or `-1w`.' }), z.number().int()]).optional().meta({ description: 'Weeks to add to the constraint, such as `3w` (may be negative).' }),
  }),
]);

export const metricSchema = z.strictObject({
  name: text.meta({ description: 'What is measured.' }),
  baseline: measure.optional().meta({ description: 'The value today.' }),
  target: measure.optional().meta({ description: 'The value to reach.' }),
  targets: z.record(z.string().regex(/^\d{4}-Q[1-4]$/i, { error: 'Targets are keyed by quarter, such as `2026-Q3`.' }), measure).optional().meta({ description: 'Targets by quarter: `{ 2026-Q3: 99.8%, 2026-Q4: 99.95% }`.' }),
});

const ownerSchema = z.union([
  text.meta({ description: 'A team id or name.' }),
  z.array(text).min(1).meta({ description: 'Several teams, splitting the effort evenly.' }),
  z.record(text, percent).meta({ description: 'Teams with their share of the effort: `{ infra: 70%, devex: 30% }`.' }),
]);

export const milestoneSchema = z.strictObject({
  when: span.meta({ description: 'When the milestone happens; must lie inside its initiative.' }),
  name: text.meta({ description: 'What is delivered or decided.' }),
  after: z.array(dependencyRefSchema).optional().meta({ description: 'Ids this milestone alone waits for (finish-to-start unless typed).' }),
});

export const initiativeSchema = z.strictObject({
  id: id.meta({ description: 'Unique across initiatives, gates, risks and dependencies.' }),
  title: text.meta({ description: 'A name people recognise.' }),
  theme: text.optional().meta({ description: 'The theme it serves, e.g. Reliability.' }),
  owner: ownerSchema.optional().meta({ description: 'The team (id or name) that carries the effort; a list or a share map splits it.' }),
  contributors: z.array(text).optional().meta({ description: 'Teams or people who help without taking capacity.' }),
  tier: z.number().int().min(1).max(9).optional().meta({ description: 'Priority tier; 1 = must do.' }),
  status: z.enum(['exploring', 'planned', 'in-progress', 'done', 'cut']).optional().meta({ description: 'exploring, planned, in-progress, done or cut (cut work takes no capacity).' }),
  when: span.optional().meta({ description: 'When the work runs (quarterly packs).' }),
  horizon: z.enum(['now', 'next', 'later', 'future']).optional().meta({ description: 'now, next, later or future (now-next-later packs).' }),
  effort: z.union([z.number().min(0).refine(effortWithinBound, effortBound), z.string().regex(EFFORT_PATTERN, { error: 'Effort is engineer-weeks: a number such as `6` or a range such as `10-12`.' }).refine(effortWithinBound, effortBound)]).optional().meta({ description: 'Engineer-weeks: a number or a low-high range such as `10-12`.' }),
  confidence: level.optional().meta({ description: 'How sure the estimate is: low, medium or high.' }),
  risk: level.optional().meta({ description: 'Delivery risk: low, medium or high.' }),
  outcome: text.optional().meta({ description: 'What is true when it is done.' }),
  why_now: text.optional().meta({ description: 'Why it cannot wait.' }),
  depends_on: z.array(dependencyRefSchema).optional().meta({ description: 'Ids of initiatives, gates or register dependencies this waits for.' }),
  milestones: z.array(milestoneSchema).optional().meta({ description: 'Dated steps inside the initiative.' }),
  metrics: z.array(metricSchema).optional().meta({ description: 'How success is measured: name, baseline and target.' }),
  brief: text.optional().meta({ description: 'Path of the Markdown initiative brief, relative to the pack.' }),
  serves: z.array(reference).optional().meta({ description: 'Ids of the goals this initiative advances.' }),
  delivers: z.enum(['value', 'enabler']).optional().meta({ description: 'value: a customer sees it when it ends; enabler (default): platform work nobody sees yet.' }),
  fixed: z.boolean().optional().meta({ description: 'true: levelling never moves it (a date promised outside the team).' }),
});

export const gateSchema = z.strictObject({
  id,
  title: text.optional().meta({ description: 'What is being decided, in a few words.' }),
  at: point.meta({ description: 'The week the decision is made (decided at the end of it).' }),
  decision: text.optional().meta({ description: 'The question the gate answers.' }),
  output: text.optional().meta({ description: 'The artefact the decision produces.' }),
  owner: text.optional().meta({ description: 'Who decides (free text).' }),
  depends_on: z.array(dependencyRefSchema).optional().meta({ description: 'What must be finished before the decision.' }),
});

export const riskSchema = z.strictObject({
  id,
  risk: text.meta({ description: 'What could go wrong.' }),
  type: text.optional().meta({ description: 'technical, resourcing, external, compliance, organizational…' }),
  likelihood: level.optional().meta({ description: 'low, medium or high.' }),
  impact: z.enum(['low', 'medium', 'high', 'critical']).optional().meta({ description: 'low, medium, high or critical.' }),
  mitigation: text.optional().meta({ description: 'What reduces it.' }),
  owner: text.optional().meta({ description: 'Who watches it (free text).' }),
  review: z.union([point, z.string().regex(CADENCE_PATTERN, { error: 'A review is a point in time or weekly, biweekly, monthly or quarterly.' })]).optional().meta({ description: 'A review date or a cadence (weekly, biweekly, monthly, quarterly).' }),
  affects: z.array(reference).optional().meta({ description: 'Ids of the initiatives or gates it threatens.' }),
});

export const registerDependencySchema = z.strictObject({
  id,
  dependency: text.meta({ description: 'What is needed.' }),
  requester: text.optional().meta({ description: 'Who needs it.' }),
  provider: text.optional().meta({ description: 'Who delivers it.' }),
  needed_by: point.optional().meta({ description: 'The week it must be satisfied (at the end of it).' }),
  status: z.enum(['open', 'in-progress', 'at-risk', 'blocked', 'done']).optional().meta({ description: 'open, in-progress, at-risk, blocked or done.' }),
  owner: text.optional().meta({ description: 'Who chases it (free text).' }),
  impact: text.optional().meta({ description: 'What slips if it is late.' }),
  mitigation: text.optional().meta({ description: 'The fallback.' }),
});

export const goalSchema = z.strictObject({
  id: id.meta({ description: 'Unique across the pack; initiatives name it in `serves`.' }),
  title: text.meta({ description: 'What the plan is for, in a few words.' }),
  kind: z.enum(['business', 'technical', 'team', 'process']).optional().meta({ description: 'business, technical, team or process.' }),
  by: span.optional().meta({ description: 'The deadline, read as the end of this span: `2026-Q4` means by the end of Q4.' }),
  owner: text.optional().meta({ description: 'Who answers for the goal (free text).' }),
  metrics: z.array(metricSchema).optional().meta({ description: 'How the goal is measured: name, baseline and target.' }),
});

export const tradeoffSchema = z.strictObject({
  id: id.meta({ description: 'Unique across the pack.' }),
  title: text.meta({ description: 'The tension, e.g. Technical debt vs. time-to-market.' }),
  decision: text.optional().meta({ description: 'What was chosen.' }),
  rationale: text.optional().meta({ description: 'Why.' }),
  mitigation: text.optional().meta({ description: 'How the cost of the choice is contained.' }),
  affects: z.array(reference).optional().meta({ description: 'Ids of the initiatives or gates the trade-off shapes.' }),
  revisit: point.optional().meta({ description: 'When to look at the decision again.' }),
});

export const teamSchema = z.strictObject({
  id: id.meta({ description: 'Short id used in `owner`.' }),
  name: text.optional().meta({ description: 'Display name; `owner` may use it too.' }),
  engineers: z
    .union([
      z.number().min(0),
      z.array(
        z.strictObject({
          from: point.meta({ description: 'The week this headcount starts.' }),
          count: z.number().min(0).meta({ description: 'Engineers on the team from that week.' }),
          confirmed: z.boolean().optional().meta({ description: 'false for hires not yet approved: left out of capacity unless "if hired" figures are asked for.' }),
        }),
      ).min(1),
    ])
    .meta({ description: 'Headcount: a number, or steps `[{ from: 2026-Q3, count: 4 }, { from: 2026-Q4-W1, count: 6 }]`.' }),
  bau: percent.optional().meta({ description: 'Share kept for BAU, on-call and support; overrides capacity.bau.' }),
});

export const capacitySchema = z.strictObject({
  bau: percent.optional().meta({ description: 'Share kept for BAU, on-call and support (default 0%).' }),
  estimate: z.enum(['low', 'mid', 'high']).optional().meta({ description: 'Which end of effort ranges to load: low, mid or high (default high).' }),
  warn_at: percent.optional().meta({ description: 'Utilisation above which a quarter earns a warning (default 85%).' }),
});

/**
 * What a scenario change may name, by the key that names it: the list the
 * entity stands in and its schema. A change replaces keys of one entity, so
 * it is validated by that entity's schema with every key optional and the
 * entity's `id` in the naming key's place.
 */
export const CHANGE_TARGETS = {
  team: { list: 'teams', schema: teamSchema },
  initiative: { list: 'initiatives', schema: initiativeSchema },
  gate: { list: 'gates', schema: gateSchema },
  risk: { list: 'risks', schema: riskSchema },
  dependency: { list: 'dependencies', schema: registerDependencySchema },
  goal: { list: 'goals', schema: goalSchema },
  tradeoff: { list: 'tradeoffs', schema: tradeoffSchema },
} as const;
export type ChangeKind = keyof typeof CHANGE_TARGETS;

const changeOf = (kind: ChangeKind) =>
  (CHANGE_TARGETS[kind].schema as unknown as z.ZodObject<Record<string, z.ZodType>>)
    .omit({ id: true })
    .partial()
    .extend({ [kind]: id.meta({ description: `The id of the ${kind} whose keys this change replaces.` }) });

/** Each kind's change schema, built once (zod builds a schema per call). */
export const CHANGE_SCHEMAS = {
  team: changeOf('team'),
  initiative: changeOf('initiative'),
  gate: changeOf('gate'),
  risk: changeOf('risk'),
  dependency: changeOf('dependency'),
  goal: changeOf('goal'),
  tradeoff: changeOf('tradeoff'),
  capacity: z.strictObject({ capacity: capacitySchema.meta({ description: 'The pack-wide capacity keys this change replaces.' }) }),
} as const;

export const scenarioSchema = z.strictObject({
  id: id.meta({ description: 'Unique among the scenarios; `check --scenario ID` names it.' }),
  title: text.optional().meta({ description: 'What the scenario supposes, in a few words.' }),
  changes: z
    .array(z.union(Object.values(CHANGE_SCHEMAS) as unknown as [z.ZodType, ...z.ZodType[]]))
    .meta({ description: 'Each names one entity by id (`team:`, `initiative:`, `gate:`…) with the keys it replaces, or `capacity:` with the pack-wide keys.' }),
});

export const packSchema = z.strictObject({
  pack: z.literal(1).meta({ description: 'Format version: 1.' }),
  title: text.meta({ description: 'The pack title.' }),
  audience: text.optional().meta({ description: 'Who decides with this pack.' }),
  decision: text.optional().meta({ description: 'The decision it enables.' }),
  horizon: span.meta({ description: 'The span the pack plans, e.g. `2026-Q3..2026-Q4`.' }),
  includes: z
    .record(z.string().regex(ID_PATTERN, { error: 'An include name is letters, digits, `.`, `_` and `-`, starting with a letter or digit: `name:id` references use it.' }), text)
    .optional()
    .meta({ description: 'Makes this pack a portfolio: the packs it includes, by name, each path relative to this file; `name:id` names an entity of one.' }),
  format: z.enum(['quarterly', 'now-next-later']).optional().meta({ description: 'quarterly (default) or now-next-later.' }),
  trigger: text.optional().meta({ description: 'What prompted the plan.' }),
  calendar: z.strictObject({ fiscal_year_start: z.number().int().min(1).max(12).optional().meta({ description: 'Month the fiscal year starts (1 = January).' }) }).optional(),
  assumptions: z.array(text).optional(),
  open_questions: z.array(z.strictObject({ id: id.optional(), question: text, owner: text.optional(), due: point.optional() })).optional(),
  strategy: z
    .strictObject({
      diagnosis: z
        .strictObject({
          summary: z.array(text).optional(),
          evidence: z.array(z.strictObject({ signal: text, current: measure.optional(), target: measure.optional(), gap: measure.optional() })).optional(),
          constraints: z.array(text).optional(),
        })
        .optional(),
      guiding_policy: z.array(z.strictObject({ id: id.optional(), title: text, text: text.optional() })).optional(),
      non_goals: z.array(z.strictObject({ item: text, rationale: text.optional(), revisit: point.optional() })).optional(),
    })
    .optional()
    .meta({ description: 'Rumelt: diagnosis, guiding policy and non-goals.' }),
  teams: z.array(teamSchema).optional(),
  capacity: capacitySchema.optional(),
  goals: z.array(goalSchema).optional().meta({ description: 'What the plan is for: business, technical, team and process goals.' }),
  initiatives: z.array(initiativeSchema).optional(),
  tradeoffs: z.array(tradeoffSchema).optional().meta({ description: 'Trade-offs taken: decision, rationale and mitigation.' }),
  gates: z.array(gateSchema).optional(),
  risks: z.array(riskSchema).optional(),
  dependencies: z.array(registerDependencySchema).optional().meta({ description: 'Cross-team dependencies register (D1…).' }),
  metrics: z.array(metricSchema).optional(),
  scenarios: z.array(scenarioSchema).optional().meta({ description: 'What-if variants of the plan: each replaces keys of named entities (`check --scenario ID`).' }),
  governance: z
    .strictObject({
      cadence: z.array(z.strictObject({ cadence: text, audience: text.optional(), purpose: text.optional(), format: text.optional() })).optional(),
      update_rules: z.array(z.strictObject({ trigger: text, action: text, approver: text.optional() })).optional(),
      decision_owners: z.array(z.strictObject({ decision: text, owner: text, escalation: text.optional() })).optional(),
    })
    .optional(),
});

export type PackInput = z.infer<typeof packSchema>;
export type InitiativeInput = z.infer<typeof initiativeSchema>;
export type GateInput = z.infer<typeof gateSchema>;
export type RiskInput = z.infer<typeof riskSchema>;
export type RegisterDependencyInput = z.infer<typeof registerDependencySchema>;
export type GoalInput = z.infer<typeof goalSchema>;
export type TradeoffInput = z.infer<typeof tradeoffSchema>;
export type TeamInput = z.infer<typeof teamSchema>;
export type MetricInput = z.infer<typeof metricSchema>;
export type DependencyRefInput = z.infer<typeof dependencyRefSchema>;
export type ScenarioInput = z.infer<typeof scenarioSchema>;
export type CapacityInput = z.infer<typeof capacitySchema>;
