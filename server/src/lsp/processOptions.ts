/**
 * Node options the language server runs with, in the editor and in tests and
 * the bench alike. A heap limit makes V8 collect before the heap grows: on a
 * 10,000-initiative pack, typing otherwise lets garbage push the process to
 * 500 MB; with the limit it peaks near 300 MB, at the same speed, and the
 * limit is still several times what such a pack keeps alive.
 */
export const SERVER_EXEC_ARGV = ['--max-old-space-size=768'];
