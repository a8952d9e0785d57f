// @vitest-environment happy-dom
import {cleanup, render} from '@testing-library/react'
import {afterEach, describe, expect, it} from 'vitest'
import {numberCitations} from '../../../../web/src/components/citations/numberCitations.ts'
import {ConditionView} from '../../../../web/src/components/clinical/ConditionView.tsx'
import {cited, conditionPage, hides, vanTulder, website} from './pageFixtures.ts'

afterEach(cleanup)

describe('numberCitations', () => {
  it('numbers sources in order of first use, reusing a number for a source cited again', () => {
    const {references} = numberCitations(conditionPage().body, [vanTulder, hides, website])
    expect(references.map((reference) => [reference.number, reference.citation.id])).toEqual([
      [1, hides.id],
      [2, vanTulder.id],
    ])
    expect(references[0]?.anchorIds).toEqual(['cite-1-1', 'cite-1-2'])
  })

  it('keeps sources never cited in the text apart, unnumbered', () => {
    expect(numberCitations(conditionPage().body, [vanTulder, hides, website]).uncited).toEqual([
      website,
    ])
  })

  it('drops an annotation whose source is unavailable, keeping its text', () => {
    const {body} = numberCitations([cited('x', 'Claim.', ['missing'])], [])
    expect(body[0]).toMatchObject({markDefs: [], children: [{text: 'Claim.', marks: []}]})
  })

  it('places the number after the last word the annotation covers', () => {
    const block = {
      _type: 'block',
      _key: 'k',
      markDefs: [{_type: 'citation', _key: 'm', source: {_ref: hides.id}}],
      children: [
        {_type: 'span', _key: 's1', text: 'Heat ', marks: ['m']},
        {_type: 'span', _key: 's2', text: 'really', marks: ['m', 'strong']},
        {_type: 'span', _key: 's3', text: ' helps.', marks: []},
      ],
    }
    const {body} = numberCitations([block], [hides])
    const children = (body[0]?.children ?? []) as {_type: string}[]
    expect(children.map((child) => child._type)).toEqual(['span', 'span', 'citationRef', 'span'])
  })

  it('leaves blocks without citations as they were', () => {
    const plain = {_type: 'block', _key: 'p', markDefs: [], children: []}
    expect(numberCitations([plain], [hides]).body[0]).toBe(plain)
  })
})

const page = () => render(ConditionView({page: conditionPage()})).container

describe('footnotes on a page', () => {
  it('shows superscript numbers in order of first use', () => {
    const numbers = [...page().querySelectorAll('.prose sup.citation a')].map((a) => a.textContent)
    expect(numbers).toEqual(['1', '2', '1'])
  })

  it('reads the numbers in the order they were assigned, whatever the mark keys', () => {
    const html = render(
      ConditionView({
        page: conditionPage({
          body: [cited('zz', 'Two sources at once.', [vanTulder.id, hides.id])],
        }),
      }),
    ).container
    const numbers = [...html.querySelectorAll('.prose sup.citation a')].map((a) => a.textContent)
    expect(numbers).toEqual(['1', '2'])
  })

  it('links each superscript to its reference, and each reference back to every use', () => {
    const html = page()
    for (const anchor of html.querySelectorAll<HTMLAnchorElement>('sup.citation a')) {
      const target = html.querySelector(anchor.getAttribute('href') ?? '')
      expect(target?.tagName).toBe('LI')
      const backLinks = [...(target?.querySelectorAll('.backlink a, a.backlink') ?? [])]
      expect(backLinks.map((link) => link.getAttribute('href'))).toContain(`#${anchor.id}`)
    }
    expect(html.querySelectorAll('#ref-1 .backlink a')).toHaveLength(2)
  })

  it('gives each superscript an accessible name', () => {
    const first = page().querySelector('sup.citation a')
    expect(first?.getAttribute('aria-label')).toBe('Source 1')
  })

  it('formats references in AMA style with the DOI linked', () => {
    const reference = page().querySelector('#ref-1')
    expect(reference?.textContent).toMatch(
      /^Hides JA, Jull GA, Richardson CA\. Long-term effects .* Spine\. 2001;26\(11\):E243-E248\. doi:10\.1097\/00007632-200106010-00004 PMID: 11389408/,
    )
    expect(reference?.querySelector('i')?.textContent).toBe('Spine')
    const hrefs = [...(reference?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))
    expect(hrefs).toContain('https://doi.org/10.1097/00007632-200106010-00004')
    expect(hrefs).toContain('https://pubmed.ncbi.nlm.nih.gov/11389408/')
  })

  it('links the PMID when there is no DOI, and flags a retracted source', () => {
    const reference = page().querySelector('#ref-2')
    expect(reference?.textContent).toMatch(/^Retracted/)
    expect(
      reference?.querySelector('a[href="https://pubmed.ncbi.nlm.nih.gov/12973146/"]'),
    ).not.toBeNull()
  })

  it('lists uncited sources under "Further sources" without linking unsafe URLs', () => {
    const html = page()
    expect(html.querySelector('.references h3')?.textContent).toBe('Further sources')
    const further = [...html.querySelectorAll('.references h3 + ul li')]
    expect(further.map((li) => li.textContent)).toEqual([expect.stringMatching(/^Back pain\./)])
    expect(html.querySelector('a[href^="javascript:"]')).toBeNull()
  })

  it('calls the list "Sources" when nothing in the text is numbered', () => {
    const html = render(ConditionView({page: conditionPage({body: []})})).container
    expect(html.querySelector('.references h2')?.textContent).toBe('Sources')
    expect(html.querySelector('.references h3')).toBeNull()
    expect(html.querySelectorAll('.references li')).toHaveLength(3)
  })

  it('renders the dangling claim as text without a number', () => {
    const paragraphs = [...page().querySelectorAll('.prose p')]
    expect(paragraphs.at(-1)?.innerHTML).toBe('A dangling claim.')
  })
})
