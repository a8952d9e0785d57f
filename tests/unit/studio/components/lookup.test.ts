import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  amaAuthor,
  CitationLookupError,
  lookUpDoi,
  lookUpPmid,
} from '../../../../studio/src/components/citations/lookup.ts'

// Answers in the shapes Crossref's /works/{doi} and PubMed's esummary (JSON) return; this
// machine has no network, so the lookups run against these instead of the live services.
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8'))

const answering =
  (body: unknown, status = 200): typeof fetch =>
  async () =>
    new Response(JSON.stringify(body), {status, headers: {'content-type': 'application/json'}})

const offline: typeof fetch = async () => {
  throw new TypeError('fetch failed')
}

describe('DOI and PMID lookup', () => {
  it('fills citation fields from Crossref', async () => {
    const found = await lookUpDoi(
      'https://doi.org/10.1001/archinternmed.2009.254',
      answering(fixture('crossref-work.json')),
    )
    expect(found).toMatchObject({
      authors: ['Cherkin DC', 'Sherman KJ', 'Deyo RA'],
      journal: 'Archives of Internal Medicine',
      year: 2009,
      volume: '169',
      issue: '9',
      doi: '10.1001/archinternmed.2009.254',
      publicationType: 'journal-article',
    })
  })

  it('fills citation fields from PubMed, with the PMCID and DOI', async () => {
    const found = await lookUpPmid('19433697', answering(fixture('pubmed-esummary.json')))
    expect(found).toMatchObject({
      title:
        'A randomized trial comparing acupuncture, simulated acupuncture, and usual care for chronic low back pain',
      journal: 'Arch Intern Med',
      pages: '858-66',
      pmid: '19433697',
      pmcid: 'PMC2832641',
      doi: '10.1001/archinternmed.2009.254',
    })
  })

  it('says plainly when there is no network', async () => {
    const failure = lookUpDoi('10.1001/archinternmed.2009.254', offline)
    await expect(failure).rejects.toBeInstanceOf(CitationLookupError)
    await expect(failure).rejects.toMatchObject({
      offline: true,
      message: expect.stringMatching(/offline/),
    })
  })

  it('rejects what is not an identifier, and says when the source does not know it', async () => {
    await expect(lookUpDoi('not a doi', offline)).rejects.toThrow(/is not a DOI/)
    await expect(lookUpPmid('12ab', offline)).rejects.toThrow(/not a PMID/)
    await expect(lookUpDoi('10.1000/missing', answering({}, 404))).rejects.toThrow(/does not know/)
  })

  it('writes authors the AMA way', () => {
    expect(amaAuthor('Hides', 'Julie A.')).toBe('Hides JA')
    expect(amaAuthor('van Tulder', 'Maurits W')).toBe('van Tulder MW')
  })
})
