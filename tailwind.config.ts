import type { Config } from 'tailwindcss'

// Tokens live in src/styles/app.css under @theme. This file only says what CSS cannot:
// where class names are found (the app scans its own sources, never the dataset).
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
} satisfies Config
