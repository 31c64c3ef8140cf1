/**
 * Rasterises a standalone SVG document whose width and height are already the PNG's pixel size
 * (the builder's `scale`), so the browser draws the vectors at that size instead of enlarging a
 * bitmap. The image loads from a blob: URL, which the CSP's img-src allows, and holds nothing from
 * another origin, so the canvas stays readable.
 */
export async function toPng(svg: string, pixelWidth: number, pixelHeight: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const image = new Image(pixelWidth, pixelHeight)
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = pixelWidth
    canvas.height = pixelHeight
    const context = canvas.getContext('2d')
    if (!context) throw new Error('this browser cannot draw on a canvas')
    context.drawImage(image, 0, 0, pixelWidth, pixelHeight)
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png')
    })
  } finally {
    URL.revokeObjectURL(url)
  }
}
