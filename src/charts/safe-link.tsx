import type { ReactNode } from 'react'

/** Links from the dataset open only for http(s), in a new tab that cannot reach back to this page. */
export function SafeLink({ href, children }: { href: string; children: ReactNode }) {
  if (!/^https?:\/\//i.test(href)) return <span>{children}</span>
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="break-words text-accent underline">
      {children}
    </a>
  )
}
