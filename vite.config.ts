/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { fileURLToPath } from 'node:url'
import { datasetFiles } from './scripts/vite-plugin-dataset-files.ts'
import { prerenderDefaultView } from './scripts/vite-plugin-prerender.ts'
import { firstViewChunk } from './scripts/first-view-chunk.ts'

export default defineConfig({
  // Relative asset URLs: the same build works under any sub-path on any static server.
  base: './',
  plugins: [react(), tailwindcss(), datasetFiles(), prerenderDefaultView()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    rolldownOptions: { output: { codeSplitting: { groups: [firstViewChunk()] } } },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    css: false,
  },
})
