import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'

const DATA_DIR = resolve(import.meta.dirname, '../data')

/**
 * Serves data/*.json in dev and copies them to dist/data/ unhashed, so the app fetches them at
 * run time by a relative URL and a deployment can replace the dataset without rebuilding; and
 * preloads the dataset from index.html. The JSON Schema the dataset names in "$schema"
 * (dataset.schema.json) goes with it, so a dataset edited on the server is still checked as typed.
 */
export function datasetFiles(): Plugin {
  const jsonFiles = () => readdirSync(DATA_DIR).filter((name) => name.endsWith('.json'))
  return {
    name: 'dataset-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = req.url?.match(/\/data\/([\w.-]+\.json)(?:\?.*)?$/)
        const name = match?.[1]
        if (!name || !jsonFiles().includes(name)) return next()
        res.setHeader('Content-Type', 'application/json; charset=utf-8')
        res.setHeader('Cache-Control', 'no-cache')
        res.end(readFileSync(resolve(DATA_DIR, name)))
      })
    },
    // The page asks for the dataset as soon as the HTML is read, not after the JS has run: the
    // download overlaps the script's. Same URL, mode and credentials as the app's fetch, so the
    // browser hands the preloaded response to it.
    transformIndexHtml() {
      return [
        {
          tag: 'link',
          attrs: { rel: 'preload', href: 'data/dataset.json', as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head-prepend',
        },
      ]
    },
    generateBundle() {
      for (const name of jsonFiles()) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(resolve(DATA_DIR, name)) })
      }
    },
  }
}
