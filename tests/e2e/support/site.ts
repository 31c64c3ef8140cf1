import { resolve } from 'node:path'

/** Where the intranet serves the dashboard: the build must work below a sub-path, not only at "/". */
export const APP_PATH = '/intranet/dashboards/chongqing/'

/** The suite's static server (serve.ts), on a fixed port of 127.0.0.1; E2E_PORT moves it. */
export const PORT = Number(process.env.E2E_PORT ?? 4319)
export const ORIGIN = `http://127.0.0.1:${PORT}`
export const APP_URL = `${ORIGIN}${APP_PATH}`

/** The build served: dist/, or E2E_DIST (a release candidate, another branch's build). */
export const DIST_DIR = resolve(process.env.E2E_DIST ?? resolve(import.meta.dirname, '../../../dist'))
