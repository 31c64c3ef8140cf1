import type { ReactNode } from 'react'

/** A tab's heading and what it shows, named so the tab panel and the page outline can find it. */
export function TabIntro({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  )
}
