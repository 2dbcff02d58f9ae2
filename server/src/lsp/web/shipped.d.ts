/**
 * The files the Node server reads beside its bundle at start, built into the
 * web worker's bundle instead (scripts/build.mjs, `shippedFiles`): a worker
 * has no file system.
 */
declare module 'roadmap-packs:shipped' {
  /** docs/rules/RPxxx.md by rule code. */
  export const rulePages: Record<string, string>;
  /** snippets/roadmap-yaml.json, parsed. */
  export const snippets: unknown;
}
