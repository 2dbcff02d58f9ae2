import { SafeIds } from '../escape';
import { GROUP_PREFIX } from '../names';
import { qualify } from '../../portfolio/qualified';

/**
 * Mermaid ids for one pack of a portfolio's diagram: drawn from the
 * diagram's one counter (`shared`), so no two packs' ids clash, and mapped
 * back to what click-to-source resolves across files (`sourceTarget`). Its
 * own `sourceMap` stays empty: the diagram's is the shared one's.
 */
export class PackIds extends SafeIds {
  constructor(
    private readonly shared: SafeIds,
    private readonly pack: string,
  ) {
    super();
  }

  override next(prefix: string, packId?: string): string {
    return this.shared.next(prefix, packId === undefined || packId === '' ? undefined : sourceTarget(this.pack, packId));
  }
}

/**
 * What a click on a pack's entity names: `name:id` for a member's (the
 * server finds the member's file by it), the id alone for the portfolio's
 * own. A group (a drill-down) names nothing: a portfolio's views do not drill down.
 */
export function sourceTarget(pack: string, id: string): string | undefined {
  if (id.startsWith(GROUP_PREFIX)) return undefined;
  return pack === '' ? id : qualify(pack, id);
}
