import { useEffect, useState } from 'react'
import { Button, type ButtonProps } from '@/ui/button'

type CopyButtonProps = Omit<ButtonProps, 'onClick' | 'children'> & {
  /** What to copy, or how to make it when clicked (a link to the current address, say). */
  text: string | (() => string)
  label: string
  copiedLabel: string
  failedLabel: string
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
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text)
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
