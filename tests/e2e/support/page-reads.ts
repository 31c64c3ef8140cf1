import type { Download, Locator, Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'

/** The page background's relative lightness, 0–1 (0 black, 1 white), whatever colour syntax the CSS used. */
export function backgroundLightness(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 1
    canvas.height = 1
    const context = canvas.getContext('2d')
    if (!context) return Number.NaN
    context.fillStyle = getComputedStyle(document.documentElement).backgroundColor
    context.fillRect(0, 0, 1, 1)
    const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
  })
}

/** One query parameter of the page's URL, null when absent. */
export const paramOf = (page: Page, name: string) => new URL(page.url()).searchParams.get(name)

/** The page's query string, "" for the default view. */
export const searchOf = (page: Page) => new URL(page.url()).search

export type Saved = { name: string; bytes: Buffer }

/** Clicks a download button and reads the file the browser saved, as a program would. */
export async function download(page: Page, button: Locator): Promise<Saved> {
  const [saved] = await Promise.all([page.waitForEvent('download'), button.click()])
  return readDownload(saved)
}

async function readDownload(saved: Download): Promise<Saved> {
  const failure = await saved.failure()
  if (failure) throw new Error(`the download failed: ${failure}`)
  return { name: saved.suggestedFilename(), bytes: await readFile(await saved.path()) }
}
