/**
 * The default limits on input and output, in a module of their own so the CLI can show them in `--help` without
 * loading the readers and the planner.
 */

/** Largest article accepted by default: 50 MB (a long report is well under 5 MB). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

/** Default ceiling on slides; raise it with `limits.maxSlides` in the sidecar or `--max-slides`. */
export const DEFAULT_MAX_SLIDES = 80
