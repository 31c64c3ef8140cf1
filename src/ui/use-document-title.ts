import { useEffect } from 'react'

/** Names the page in the browser's tab, history and bookmarks after the view shown. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title
  }, [title])
}
