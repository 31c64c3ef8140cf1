import { useEffect, useRef, useState } from 'react'
import { useI18n } from '@/i18n/i18n'
import { Button } from '@/ui/button'
import { Dialog } from '@/ui/dialog'
import { Notice } from '@/ui/notice'
import { readDatasetFile, type Preview, type PreviewFailure } from '@/app/read-dataset-file'

/**
 * "Preview a dataset file": a maintainer chooses or drops an edited data/dataset.json anywhere on
 * the page, and the whole dashboard shows it behind a banner, or every problem is listed by line and
 * column. The file stays in this page: nothing is uploaded or stored, the address is untouched, and
 * a reload shows the published data again.
 */
export function usePreviewFile(onPreview: (preview: Preview) => void, isEnabled: boolean) {
  const [failure, setFailure] = useState<PreviewFailure | null>(null)
  const read = async (file: File) => {
    const result = await readDatasetFile(file)
    if ('preview' in result) {
      setFailure(null)
      onPreview(result.preview)
    } else {
      setFailure(result.failure)
    }
  }
  // A file dropped anywhere on the page; anything else dragged in is the browser's as ever.
  useEffect(() => {
    if (!isEnabled) return
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false
    const over = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault()
    }
    const drop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0]
      if (!file) return
      event.preventDefault()
      void read(file)
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  })
  return { read, failure, dismissFailure: () => setFailure(null) }
}

/** The button that opens the file chooser. */
export function PreviewFileButton({ onFile }: { onFile: (file: File) => void }) {
  const i18n = useI18n()
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => input.current?.click()}>
        {i18n.t('preview.choose')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="sr-only"
        tabIndex={-1}
        aria-label={i18n.t('preview.choose')}
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) onFile(file)
        }}
      />
    </>
  )
}

/** The banner that stays while a file is previewed, with the way back to the published data. */
export function PreviewBanner({ name, onEnd }: { name: string; onEnd: () => void }) {
  const i18n = useI18n()
  return (
    <Notice
      tone="note"
      role="status"
      title={i18n.t('preview.banner', { name })}
      onDismiss={onEnd}
      dismissLabel={i18n.t('preview.end')}
      className="sticky top-0 z-20"
    >
      {i18n.t('preview.bannerHint')}
    </Notice>
  )
}

/** Why a file cannot be previewed: too large, not text, not JSON, or each problem by line and column. */
export function PreviewFailureDialog({ failure, onClose }: { failure: PreviewFailure; onClose: () => void }) {
  const i18n = useI18n()
  const title = i18n.t(`preview.failed.${failure.reason}`, { name: failure.name })
  return (
    <Dialog title={title} closeLabel={i18n.t('dialog.close')} onClose={onClose}>
      {failure.reason === 'too-large' && <p>{i18n.t('preview.tooLargeBody', { megabytes: failure.megabytes })}</p>}
      {failure.reason === 'binary' && <p>{i18n.t('preview.binaryBody')}</p>}
      {failure.reason === 'not-json' && <p className="font-mono text-sm break-words">{failure.detail}</p>}
      {failure.reason === 'schema' && (
        <>
          <p>{i18n.plural('preview.problems', failure.problems.length)}</p>
          <ul className="max-h-96 list-disc overflow-auto pl-5 font-mono text-xs">
            {failure.problems.map((problem, index) => (
              <li key={index} className="break-words">
                {problem}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="text-sm text-ink-muted">{i18n.t('preview.published')}</p>
    </Dialog>
  )
}
