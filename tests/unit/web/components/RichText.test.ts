// @vitest-environment happy-dom
import {cleanup, render} from '@testing-library/react'
import {afterEach, describe, expect, it} from 'vitest'
import {RichText} from '../../../../web/src/components/richText/RichText.tsx'
import type {RichText as RichTextValue} from '../../../../web/src/sanity/types.ts'

afterEach(cleanup)

const span = (text: string, marks: string[] = []) => ({
  _type: 'span',
  _key: text.slice(0, 6),
  text,
  marks,
})

function block(text: string, extra: Record<string, unknown> = {}) {
  return {
    _type: 'block',
    _key: `k${text.length}`,
    style: 'normal',
    markDefs: [],
    children: [span(text)],
    ...extra,
  }
}

function linked(href: string) {
  return {
    _type: 'block',
    _key: 'link',
    style: 'normal',
    markDefs: [{_type: 'link', _key: 'l1', href}],
    children: [span('Read more', ['l1'])],
  }
}

const show = (value: RichTextValue) => render(RichText({value})).container

describe('RichText', () => {
  it('renders headings, paragraphs and quotes as their elements', () => {
    const html = show([
      block('Overview', {style: 'h2'}),
      block('Details', {style: 'h3'}),
      block('Plain text.'),
      block('Quoted.', {style: 'blockquote'}),
    ])
    expect(html.querySelector('h2')?.textContent).toBe('Overview')
    expect(html.querySelector('h3')?.textContent).toBe('Details')
    expect(html.querySelector('p')?.textContent).toBe('Plain text.')
    expect(html.querySelector('blockquote')?.textContent).toBe('Quoted.')
  })

  it('groups list items into bulleted and numbered lists', () => {
    const html = show([
      block('One', {listItem: 'bullet', level: 1, _key: 'b1'}),
      block('Two', {listItem: 'bullet', level: 1, _key: 'b2'}),
      block('First', {listItem: 'number', level: 1, _key: 'n1'}),
    ])
    expect([...html.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual([
      'One',
      'Two',
    ])
    expect(html.querySelectorAll('ol > li')).toHaveLength(1)
  })

  it('renders strong and emphasis', () => {
    const html = show([
      {
        _type: 'block',
        _key: 'x',
        style: 'normal',
        markDefs: [],
        children: [span('bold', ['strong']), span(' and '), span('italic', ['em'])],
      },
    ])
    expect(html.querySelector('strong')?.textContent).toBe('bold')
    expect(html.querySelector('em')?.textContent).toBe('italic')
  })

  describe('links', () => {
    it('marks http and https links as external, for sighted and screen-reader users', () => {
      const link = show([linked('https://www.nhs.uk/conditions/back-pain/')]).querySelector('a')
      expect(link?.getAttribute('href')).toBe('https://www.nhs.uk/conditions/back-pain/')
      expect(link?.className).toBe('external')
      expect(link?.getAttribute('rel')).toBe('noopener noreferrer')
      expect(link?.textContent).toBe('Read more (external site)')
    })

    it('links mailto and tel without the external mark', () => {
      expect(show([linked('mailto:help@example.org')]).querySelector('a')?.className).toBe('')
      expect(
        show([linked('tel:+441234567890')])
          .querySelector('a')
          ?.getAttribute('href'),
      ).toBe('tel:+441234567890')
    })

    it.each(['javascript:alert(1)', 'data:text/html,hi', '/relative/path', 'not a url', ''])(
      'renders %j as plain text, not a link',
      (href) => {
        const html = show([linked(href)])
        expect(html.querySelector('a')).toBeNull()
        expect(html.textContent).toBe('Read more')
      },
    )
  })

  it('renders nothing for block types it does not know, and no debug markup', () => {
    const html = show([
      block('Before.'),
      {_type: 'image', _key: 'img', asset: {_ref: 'image-abc'}},
      {_type: 'somethingNew', _key: 'new'},
      block('After.'),
    ])
    expect(html.textContent).toBe('Before.After.')
    expect(html.innerHTML).not.toMatch(/unknown|display:\s*none|specify a component/i)
  })

  it('renders text under an unknown mark or style as plain text', () => {
    const html = show([
      {
        _type: 'block',
        _key: 'u',
        style: 'h1',
        markDefs: [{_type: 'highlight', _key: 'h'}],
        children: [span('Kept', ['h', 'underline'])],
      },
    ])
    expect(html.innerHTML).toBe('<p>Kept</p>')
  })
})
