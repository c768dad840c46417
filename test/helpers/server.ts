/** The export edge's static server (127.0.0.1, free port, SPA fallback), for tests. */
export { serveStatic, type StaticServer } from '../../scripts/export/serve.ts'
