import { resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')
export const APP_DIST = resolve(ROOT, 'dist')
export const REFERENCE_CONFIG = resolve(ROOT, 'bench/reference-app/vite.config.ts')
export const REFERENCE_DIST = resolve(ROOT, 'bench/reference-app/dist')
export const RESULTS_FILE = resolve(ROOT, 'bench/results/latest.json')
/** The app's dataset, relative to the page: the scale benchmark serves a generated one in its place. */
export const DATASET_PATH = 'data/dataset.json'
