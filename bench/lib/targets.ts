/** A build being measured, served at `url` from `dist`. */
export type Target = { name: 'app' | 'reference'; dist: string; url: string }
