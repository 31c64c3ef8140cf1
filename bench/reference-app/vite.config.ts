import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// Built with the project's node_modules: npx vite build --config bench/reference-app/vite.config.ts
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
})
