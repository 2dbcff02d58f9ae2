/**
 * The date tests check as of, so that no test depends on the real one: the
 * examples are current as of early December 2026 (examples/README.md), and a
 * test that checks them passes this, as the host and e2e test profiles set
 * `roadmapPacks.today` to it (scripts/testWorkspace.mjs).
 */
export const TEST_TODAY = '2026-12-02';
