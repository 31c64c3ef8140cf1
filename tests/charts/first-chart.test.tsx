import { act, render, screen } from '@testing-library/react'
import { useRef } from 'react'
import { afterFirstChart, drawWaitingCharts, useDrawTurn } from '@/charts/draw-turns'

function Chart({ name }: { name: string }) {
  const ref = useRef<HTMLDivElement>(null)
  return <div ref={ref}>{`${name} ${useDrawTurn(true, ref)}`}</div>
}

const nextFrame = () => act(() => new Promise((resolve) => setTimeout(resolve, 120)))

// A fresh page (this file's own copy of the queue): the tabs' content mounts, and shows its tab,
// before its first chart can ask to draw.
describe('the first chart of the page', () => {
  it('draws at once, and the parts waiting for it load only after it, however the tabs mount', async () => {
    const afterIt = vi.fn()
    afterFirstChart(afterIt)
    act(() => drawWaitingCharts())
    await nextFrame()
    await nextFrame()
    expect(afterIt).not.toHaveBeenCalled()

    render(<Chart name="first" />)
    expect(screen.getByText('first drawn')).toBeInTheDocument()
    expect(afterIt).not.toHaveBeenCalled()
    await nextFrame()
    expect(afterIt).toHaveBeenCalledOnce()
  })
})
