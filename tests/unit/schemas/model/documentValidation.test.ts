import type {SanityDocument} from 'sanity'
import {describe, expect, it} from 'vitest'
import * as fixtures from './fixtures.ts'
import {validateInDataset} from './fixtureWorkspace.ts'

type Markers = Awaited<ReturnType<typeof validateInDataset>>

const errors = (markers: Markers) => markers.filter((marker) => marker.level === 'error')

/** Validates `changed` against the fixture dataset in which it replaces its original. */
function validateChanged(changed: SanityDocument) {
  const others = fixtures.dataset.filter((document) => document._id !== changed._id)
  return validateInDataset(changed, [...others, changed])
}

describe('valid documents pass Sanity document validation', () => {
  it.each(fixtures.dataset.map((document) => [document._type, document] as const))(
    '%s',
    async (_type, document) => {
      expect(await validateInDataset(document, fixtures.dataset)).toEqual([])
    },
  )
})

describe('invalid documents fail at the field an editor must fix', () => {
  it('an ICD-10-CM code in the wrong format', async () => {
    for (const code of ['M6.830', 'm62.830', 'M62.83012', 'M62830X']) {
      const markers = await validateChanged({
        ...fixtures.condition,
        code: {_type: 'medicalCode', system: 'ICD-10-CM', code, label: 'Muscle spasm of back'},
      })
      expect(errors(markers).map((marker) => marker.path)).toEqual([['code', 'code']])
      expect(markers[0]?.message).toContain('e.g. M62.830')
    }
  })

  it('accepts ICD-10-CM codes with and without a subcategory', async () => {
    for (const code of ['M54', 'M54.5', 'M62.830', 'S33.5XXA']) {
      const markers = await validateChanged({
        ...fixtures.condition,
        code: {_type: 'medicalCode', system: 'ICD-10-CM', code, label: 'x'},
      })
      expect(markers).toEqual([])
    }
  })

  it('a DOI pasted as a link or with a "doi:" prefix', async () => {
    for (const doi of [
      'https://doi.org/10.1097/00007632-200106010-00004',
      'doi:10.1097/x',
      '10.12/x',
    ]) {
      const markers = await validateChanged({...fixtures.citation, doi})
      expect(errors(markers).map((marker) => marker.path)).toEqual([['doi']])
      expect(markers[0]?.message).toContain('bare DOI')
    }
  })

  it('a PMID with letters, and a PMCID without its PMC prefix', async () => {
    const markers = await validateChanged({
      ...fixtures.citation,
      pmid: 'PMID:11389408',
      pmcid: '3227453',
    })
    expect(errors(markers).map((marker) => marker.path)).toEqual([['pmid'], ['pmcid']])
  })

  it('a javascript: link in body text', async () => {
    const block = {
      _type: 'block',
      _key: '0c2b3c4d5e6f',
      style: 'normal',
      markDefs: [{_type: 'link', _key: '1c2b3c4d5e6f', href: 'javascript:alert(document.cookie)'}],
      children: [
        {_type: 'span', _key: '2c2b3c4d5e6f', text: 'Click here', marks: ['1c2b3c4d5e6f']},
      ],
    }
    const markers = await validateChanged({...fixtures.article, body: [block]})
    expect(errors(markers).map((marker) => marker.path)).toEqual([
      ['body', {_key: '0c2b3c4d5e6f'}, 'markDefs', {_key: '1c2b3c4d5e6f'}, 'href'],
    ])
    expect(markers[0]?.message).toContain('https://, http://, mailto: or tel:')
  })

  it.each([['condition'], ['treatment'], ['article']] as const)(
    'a %s without authors',
    async (type) => {
      const document = fixtures.dataset.find((doc) => doc._type === type)
      if (!document) throw new Error(`no ${type} fixture`)
      for (const authors of [undefined, []]) {
        const markers = await validateChanged({...document, authors})
        expect(errors(markers).map((marker) => marker.path)).toEqual([['authors']])
        expect(markers[0]?.message).toBe('Add at least one author under "Written by".')
      }
    },
  )

  it('a citation annotation that points at no source', async () => {
    const block = {
      _type: 'block',
      _key: '3c2b3c4d5e6f',
      style: 'normal',
      markDefs: [{_type: 'citation', _key: '4c2b3c4d5e6f'}],
      children: [
        {_type: 'span', _key: '5c2b3c4d5e6f', text: 'Heat helps.', marks: ['4c2b3c4d5e6f']},
      ],
    }
    const markers = await validateChanged({...fixtures.condition, body: [block]})
    expect(errors(markers).map((marker) => marker.path)).toEqual([
      ['body', {_key: '3c2b3c4d5e6f'}, 'markDefs', {_key: '4c2b3c4d5e6f'}, 'source'],
    ])
  })

  it('a GRADE rating given a CEBM level', async () => {
    const markers = await validateChanged({
      ...fixtures.treatment,
      evidenceLevel: {_type: 'evidenceLevel', system: 'GRADE', grade: '1a'},
    })
    expect(errors(markers).map((marker) => marker.path)).toEqual([['evidenceLevel', 'grade']])
  })

  it('a level that is on neither scale, reported once', async () => {
    const markers = await validateChanged({
      ...fixtures.treatment,
      evidenceLevel: {_type: 'evidenceLevel', system: 'CEBM', grade: 'excellent'},
    })
    expect(markers.map((marker) => marker.path)).toEqual([['evidenceLevel', 'grade']])
  })

  it('a verification status outside the list', async () => {
    const markers = await validateChanged({
      ...fixtures.citation,
      verification: {status: 'probably-fine'},
    })
    expect(errors(markers).map((marker) => marker.path)).toEqual([['verification', 'status']])
  })

  it('a reference to a document that is not published', async () => {
    const markers = await validateChanged({
      ...fixtures.article,
      about: [{_type: 'reference', _ref: 'condition-unpublished', _key: '6c2b3c4d5e6f'}],
    })
    expect(markers.map((marker) => [marker.code, marker.path])).toEqual([
      ['reference.not-published', ['about', {_key: '6c2b3c4d5e6f'}]],
    ])
  })
})

describe('reviewer credentials', () => {
  it('a reviewer without a credential expiry date, credentials or Studio user ID', async () => {
    const {credentialExpiry: _expiry, sanityUserId: _userId, ...rest} = fixtures.reviewer
    const markers = await validateChanged({...rest, credentials: []})
    expect(errors(markers).map((marker) => marker.path)).toEqual([
      ['credentials'],
      ['credentialExpiry'],
      ['sanityUserId'],
    ])
  })

  it('warns, without blocking, when credentials have expired', async () => {
    const markers = await validateChanged({...fixtures.reviewer, credentialExpiry: '2020-01-31'})
    expect(markers.map((marker) => [marker.level, marker.path])).toEqual([
      ['warning', ['credentialExpiry']],
    ])
    expect(markers[0]?.message).toContain('expired on 2020-01-31')
  })

  it('someone who is not a reviewer needs none of it', async () => {
    expect(await validateChanged({...fixtures.editor, credentials: []})).toEqual([])
  })
})

describe('review records', () => {
  it('carry a next-review date only when approved', async () => {
    const markers = await validateChanged({...fixtures.approval, kind: 'changes-requested'})
    expect(errors(markers).map((marker) => marker.path)).toEqual([['nextReviewDue']])
  })

  it('need a 64-hex fingerprint and a base64url signature', async () => {
    const markers = await validateChanged({
      ...fixtures.approval,
      fingerprint: 'A'.repeat(64),
      signature: 'not base64url!',
    })
    expect(errors(markers).map((marker) => marker.path)).toEqual([['fingerprint'], ['signature']])
  })
})
