/** `name:id`: an entity of the portfolio's pack included as `name`. */
export interface QualifiedId {
  name: string;
  id: string;
}

/** The include name and id of a qualified reference; undefined for a plain id (ids hold no colon). */
export function splitQualified(reference: string): QualifiedId | undefined {
  const colon = reference.indexOf(':');
  return colon < 0 ? undefined : { name: reference.slice(0, colon), id: reference.slice(colon + 1) };
}

export function isQualified(reference: string): boolean {
  return reference.includes(':');
}

/** An id as other packs of the portfolio name it. */
export function qualify(name: string, id: string): string {
  return `${name}:${id}`;
}

/** A reference written in the pack included as `name`, as the portfolio names its target. */
export function qualifiedTarget(name: string, reference: string): string {
  return isQualified(reference) ? reference : qualify(name, reference);
}
