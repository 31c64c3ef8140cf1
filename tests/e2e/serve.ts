/**
 * The suite's web server (playwright.config.ts starts it): the built dist/ (or E2E_DIST) under the
 * intranet sub-path and the broken-dataset sub-paths, on 127.0.0.1, with the strict CSP on every
 * response. Requests outside every sub-path are answered 404 and listed for the tests.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { errorMounts } from './support/error-cases.ts'
import { APP_PATH, DIST_DIR, PORT } from './support/site.ts'
import { DATASET_PATH, startStaticServer } from './static-server.ts'

let validDataset: string
try {
  validDataset = readFileSync(resolve(DIST_DIR, DATASET_PATH), 'utf8')
} catch {
  console.error(`No build at ${DIST_DIR}: run "npm run test:e2e", which builds first.`)
  process.exit(1)
}

const server = await startStaticServer(DIST_DIR, [{ path: APP_PATH }, ...errorMounts(validDataset)], PORT)
console.log(`Serving ${DIST_DIR} at ${server.urlOf(APP_PATH)} (CSP on every response)`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)))
}
