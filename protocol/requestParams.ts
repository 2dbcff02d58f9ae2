/**
 * The params of every custom request in requests.ts as zod schemas, which the
 * server checks before a handler reads them (an invalid one is answered
 * InvalidParams). Each is typed against its Params interface, so the two
 * cannot drift apart. Only the server imports this file: the extension sends
 * these params, and its bundle does not need zod.
 */
import { z } from 'zod';
import { GANTT_GROUPS, VIEWS } from '../server/src/pack/views/names';
import type { ClosedFilesParams, CompareParams, LocateParams, NewBriefParams, PackParams, ReportParams, StatusUpdateParams, ViewsParams } from './requests';

const packParams = z.object({ uri: z.string() });

export const packParamsSchema: z.ZodType<PackParams> = packParams;

export const viewsParamsSchema: z.ZodType<ViewsParams> = packParams.extend({
  views: z.array(z.enum(VIEWS)),
  groupBy: z.enum(GANTT_GROUPS).optional(),
  weekly: z.boolean().optional(),
  focus: z.string().optional(),
  focusView: z.enum(VIEWS).optional(),
  scenario: z.string().max(200).optional(),
});

export const locateParamsSchema: z.ZodType<LocateParams> = packParams.extend({ id: z.string() });

export const newBriefParamsSchema: z.ZodType<NewBriefParams> = packParams.extend({ initiative: z.string() });

export const statusUpdateParamsSchema: z.ZodType<StatusUpdateParams> = packParams.extend({
  year: z.number().int().min(1).max(9999),
  month: z.number().int().min(1).max(12),
});

export const reportParamsSchema: z.ZodType<ReportParams> = packParams.extend({ format: z.enum(['html', 'markdown']) });

export const compareParamsSchema: z.ZodType<CompareParams> = packParams.extend({
  baseText: z.string().nullable(),
  ref: z.string().min(1).max(200),
  path: z.string().min(1).max(1000).optional(),
});

export const closedFilesParamsSchema: z.ZodType<ClosedFilesParams> = z.object({
  files: z.array(z.object({ uri: z.string(), text: z.string() })).max(1000),
  deleted: z.array(z.string()).max(10000),
});

