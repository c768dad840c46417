/** A merge that must not happen (a broken slides.md): nothing is written. */
export class MergeRefused extends Error {}
