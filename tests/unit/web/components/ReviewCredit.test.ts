// @vitest-environment happy-dom
import {cleanup, render} from '@testing-library/react'
import {afterEach, describe, expect, it} from 'vitest'
import {ConditionView} from '../../../../web/src/components/clinical/ConditionView.tsx'
import {ReviewCredit} from '../../../../web/src/components/review/ReviewCredit.tsx'
import {conditionPage, review} from './pageFixtures.ts'

afterEach(cleanup)

const authors = conditionPage().authors

describe('ReviewCredit', () => {
  it('says who reviewed the page, with credential and specialty, and when', () => {
    const {container} = render(ReviewCredit({review, authors}))
    expect(container.querySelector('.reviewed-by')?.textContent).toBe(
      'Medically reviewed by Dr. Daniel Reyes, MD (Physical Medicine & Rehabilitation) on 12 March 2025',
    )
    expect(container.querySelector('.reviewed-by a')?.getAttribute('href')).toBe(
      '/reviewers/daniel-reyes',
    )
    expect(container.querySelector('.reviewed-by time')?.getAttribute('datetime')).toBe(
      '2025-03-12',
    )
  })

  it('names the authors and when the next review is due', () => {
    const {container} = render(ReviewCredit({review, authors}))
    expect(container.textContent).toContain('Written by Maya Okafor, MPH')
    expect(container.textContent).toContain('Next review due 12 March 2026')
  })

  it('states the conflict-of-interest declaration', () => {
    const none = render(ReviewCredit({review, authors})).container
    expect(none.querySelector('.conflict-of-interest')?.textContent).toBe(
      'Conflict of interest: The reviewer declared no conflict of interest.',
    )
    cleanup()
    const declared = render(
      ReviewCredit({
        review: {
          ...review,
          conflictOfInterest: {declared: true, statement: 'Consults for a physiotherapy chain.'},
        },
        authors,
      }),
    ).container
    expect(declared.querySelector('.conflict-of-interest')?.textContent).toBe(
      'Conflict of interest: Consults for a physiotherapy chain.',
    )
  })

  it('says "Not yet medically reviewed" in a draft preview without an approval', () => {
    const {container} = render(ReviewCredit({review: undefined, authors}))
    expect(container.textContent).toContain('Not yet medically reviewed.')
    expect(container.textContent).not.toContain('Next review due')
  })
})

describe('a clinical page', () => {
  it('shows an overdue notice when its review date has passed', () => {
    const overdue = {...review, nextReviewDue: '2025-01-01', overdue: true}
    const {container} = render(ConditionView({page: conditionPage({review: overdue})}))
    expect(container.querySelector('.notice-warning')?.textContent).toMatch(
      /due for review.*1 January 2025/,
    )
  })

  it('shows no overdue notice while the review is current', () => {
    const {container} = render(ConditionView({page: conditionPage()}))
    expect(container.querySelector('.notice-warning')).toBeNull()
  })

  it('marks a draft preview with the banner, and only a draft', () => {
    const draft = render(ConditionView({page: conditionPage({isDraft: true, review: undefined})}))
    expect(draft.container.querySelector('[data-draft-preview]')?.textContent).toMatch(
      /^Draft — not yet reviewed\./,
    )
    cleanup()
    const published = render(ConditionView({page: conditionPage()}))
    expect(published.container.innerHTML).not.toMatch(/data-draft-preview|not yet reviewed/)
  })

  it('puts red flags in a "When to see a doctor" box', () => {
    const {container} = render(ConditionView({page: conditionPage()}))
    const box = container.querySelector('.callout-urgent')
    expect(box?.querySelector('h2')?.textContent).toBe('When to see a doctor')
    expect(box?.textContent).toContain('Loss of bladder control')
  })

  it('shows the ICD-10-CM code', () => {
    const {container} = render(ConditionView({page: conditionPage()}))
    expect(container.querySelector('.eyebrow')?.textContent).toBe(
      'Condition · ICD-10-CM M62.830 (Muscle spasm of back)',
    )
  })
})
