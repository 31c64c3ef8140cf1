// @vitest-environment node
import { formatElapsed } from '@/present/presenter-view/presenter-clock'
import { readSlideMessage } from '@/present/presenter-view/slide-channel'

describe('formatElapsed', () => {
  it('writes minutes and seconds, and hours once there are any', () => {
    expect(formatElapsed(0)).toBe('0:00')
    expect(formatElapsed(65_999)).toBe('1:05')
    expect(formatElapsed(12 * 60_000 + 30_000)).toBe('12:30')
    expect(formatElapsed(3_723_000)).toBe('1:02:03')
  })
})

describe('readSlideMessage', () => {
  it('reads the slide another window moved to, kept within the deck', () => {
    const message = (slide: unknown) => ({ type: 'cq-dashboard:slide', version: 1, slide })
    expect(readSlideMessage(message(3), 11)).toBe(3)
    expect(readSlideMessage(message(40), 11)).toBe(11)
    expect(readSlideMessage(message(0), 11)).toBe(1)
  })

  it('ignores anything else', () => {
    for (const data of [
      null,
      'slide 3',
      { type: 'cq-dashboard:slide', version: 2, slide: 3 },
      { type: 'cq-dashboard:height', version: 1, slide: 3 },
      { type: 'cq-dashboard:slide', version: 1, slide: 2.5 },
      { type: 'cq-dashboard:slide', version: 1, slide: '3' },
    ]) {
      expect(readSlideMessage(data, 11)).toBeNull()
    }
  })
})
