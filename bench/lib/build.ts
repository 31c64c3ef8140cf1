import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { REFERENCE_CONFIG, REFERENCE_DIST, ROOT } from './paths.ts'

function vite(args: string[]) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

/** Builds the app into `dist` if it has no build yet or `force`; says so when src/ is newer than the build. */
export function ensureAppBuild(dist: string, force: boolean): void {
  const index = resolve(dist, 'index.html')
  if (force || !existsSync(index)) {
    console.log(`building the app into ${dist} …`)
    vite(['--outDir', dist, '--emptyOutDir'])
    return
  }
  const builtAt = statSync(index).mtimeMs
  if (newestIn(resolve(ROOT, 'src')) > builtAt) {
    console.log(`note: ${dist} is older than src/; pass --build to measure the current code`)
  }
}

/** The reference app is small and builds in a second: always rebuilt, so it matches the installed packages. */
export function buildReference(outDir = REFERENCE_DIST, extra: string[] = []): void {
  vite(['--config', REFERENCE_CONFIG, '--outDir', outDir, '--emptyOutDir', ...extra])
}

/** The app built with hidden source maps (the same JS, plus .map files), for the breakdown by package. */
export function buildAppWithSourceMaps(outDir: string): void {
  vite(['--outDir', outDir, '--emptyOutDir', '--sourcemap', 'hidden'])
}

function newestIn(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = resolve(dir, entry.name)
      return entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs
    }),
  )
}
