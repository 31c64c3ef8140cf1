import { useEffect, useState } from 'react'
import { Button, type ButtonProps } from '@/ui/button'

/** What to copy: plain text, or text with an HTML form for pasting into a word processor. */
type Copied = string | { text: string; html: string }

type CopyButtonProps = Omit<ButtonProps, 'onClick' | 'children'> & {
  /** What to copy, or how to make it when clicked (a link to the current address, say). */
  text: Copied | (() => Copied)
  label: string
  copiedLabel: string
  failedLabel: string
}

/**
 * Puts both forms on the clipboard where the browser can (ClipboardItem), else the text alone.
 * HTML is written as a Blob, never parsed into this page.
 */
async function writeClipboard(copied: Copied) {
  if (typeof copied === 'string') return navigator.clipboard.writeText(copied)
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    try {
      const item = new ClipboardItem({
        'text/plain': new Blob([copied.text], { type: 'text/plain' }),
        'text/html': new Blob([copied.html], { type: 'text/html' }),
      })
      return await navigator.clipboard.write([item])
    } catch {
      // A browser that refuses HTML on the clipboard still takes the text.
    }
  }
  return navigator.clipboard.writeText(copied.text)
}

/** Copies `text` and says so in its own label for a moment; screen readers hear the change. */
export function CopyButton({ text, label, copiedLabel, failedLabel, ...props }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2500)
    return () => clearTimeout(timer)
  }, [state])

  const copy = async () => {
    try {
      await writeClipboard(typeof text === 'function' ? text() : text)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  return (
    <Button {...props} onClick={() => void copy()}>
      <span aria-live="polite">{state === 'copied' ? copiedLabel : state === 'failed' ? failedLabel : label}</span>
    </Button>
  )
}
