/**
 * Node options the language server runs with, in the editor and in tests and
 * the bench alike.
 *
 * A heap limit makes V8 collect before the heap grows: on a 10,000-initiative
 * pack, typing otherwise lets garbage push the process to 500 MB, and the
 * limit is still several times what such a pack keeps alive.
 *
 * A smaller young generation than V8's default: a check allocates fast, so
 * V8 grows each semi-space to its 16 MB default and keeps it committed, and
 * the young generation is three of them (two semi-spaces and its large-object
 * space): 48 MB of resident memory that holds only garbage between checks.
 * At 4 MB the peak RSS after opening and editing 10,000 initiatives
 * (worked-shape, bench/lspBench.ts) went from 322–326 MB to 282–290 MB, but a
 * check's short-lived objects outgrew the young generation, were promoted and
 * made old-space collections land on edits: at 10,000 initiatives the slowest
 * edit kind's median was 51–71 ms over three runs (one kind at 110 ms of CPU
 * each time, whichever a collection hit). At 8 MB it was 39.0 and 38.8 ms over
 * two runs, the peak 269–270 MB. `--optimize-for-size` (220 MB) made edits two
 * to three times slower.
 */
export const SERVER_EXEC_ARGV = ['--max-old-space-size=768', '--max-semi-space-size=8'];
