import type { z } from 'zod';

/** The parts of zod's internal definition this module reads. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Strips optional, nullable and default wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (!def.innerType || !['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(def.type)) return current;
    current = def.innerType;
  }
}

/** The object schema's keys, or [] for a schema that is not an object. */
export function objectKeys(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const def = defOf(unwrap(schema));
  if (def.type === 'object' && def.shape) return Object.keys(def.shape);
  if (def.type === 'union' && def.options) return def.options.flatMap((option) => objectKeys(option));
  return [];
}

/** The schema of the child at one path segment (object property, array element, union member). */
function childSchema(schema: z.ZodType, segment: string | number): z.ZodType | undefined {
  const def = defOf(unwrap(schema));
  switch (def.type) {
    case 'object':
      return typeof segment === 'string' ? def.shape?.[segment] : undefined;
    case 'array':
      return def.element;
    case 'record':
      return def.valueType;
    case 'union':
      for (const option of def.options ?? []) {
        const child = childSchema(option, segment);
        if (child) return child;
      }
      return undefined;
    default:
      return undefined;
  }
}

export function schemaAt(schema: z.ZodType, path: readonly (string | number)[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    current = childSchema(current, segment);
  }
  return current;
}

/** The description given with `.meta({ description })`, for hovers and completion. */
export function describe(schema: z.ZodType | undefined): string | undefined {
  if (!schema) return undefined;
  const meta = (schema as unknown as { meta?: () => { description?: string } | undefined }).meta?.();
  return meta?.description ?? (unwrap(schema) !== schema ? describe(unwrap(schema)) : undefined);
}

/** The allowed values of an enum (or a union of enums and literals), else []. */
export function enumValues(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const def = defOf(unwrap(schema)) as Def & { entries?: Record<string, string>; values?: unknown[] };
  if (def.type === 'enum' && def.entries) return Object.values(def.entries);
  if (def.type === 'literal' && def.values) return def.values.map(String);
  if (def.type === 'union' && def.options) return def.options.flatMap((option) => enumValues(option));
  return [];
}
