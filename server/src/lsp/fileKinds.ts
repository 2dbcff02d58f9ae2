/** The files the server checks, by name: packs, and Markdown (briefs, ```roadmap blocks). */
export const PACK_FILE = /\.roadmap\.ya?ml$/i;
export const MARKDOWN_FILE = /\.(md|markdown)$/i;
