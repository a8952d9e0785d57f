import {describe, expect, it} from 'vitest'
import {
  buildSeedDataset,
  parseDemoUsers,
  SeedConsistencyError,
  seedTimestamp,
  toNdjson,
} from '@vetted/scripts/seed'
import {
  blockViews,
  buildDemoDataset,
  documentById,
  readDemoUsers,
  readSeeds,
} from './seedFixtures.ts'

const {documents} = buildDemoDataset()
const ids = documents.map(({_id}) => _id)

const treatments = [
  'heat-therapy',
  'cold-therapy',
  'nsaids',
  'muscle-relaxants',
  'physical-therapy',
  'spinal-manipulation',
  'acupuncture',
  'massage',
  'steroid-injection',
  'discectomy',
  'laminectomy',
]

describe('the demo dataset', () => {
  it('has exactly the contract ids: people and settings published, the rest drafts', () => {
    expect([...ids].sort()).toEqual(
      [
        'person-daniel-reyes',
        'person-helen-carter',
        'person-maya-okafor',
        'person-sam-lee',
        'siteSettings',
        'drafts.condition-lower-back-spasm',
        ...treatments.map((slug) => `drafts.treatment-${slug}`),
        ...['000', '001', '002', '003', '004'].map((number) => `drafts.article-seed-${number}`),
        ...[1, 2, 3, 4].map((position) => `drafts.citation-seed-004-${position}`),
      ].sort(),
    )
  })

  it('is byte-identical when built twice', () => {
    expect(toNdjson(buildDemoDataset().documents)).toBe(toNdjson(documents))
  })

  it('writes one document a line with the system fields an export carries', () => {
    const lines = toNdjson(documents).trimEnd().split('\n')
    expect(lines).toHaveLength(documents.length)
    for (const line of lines) {
      const document: Record<string, unknown> = JSON.parse(line)
      expect(Object.keys(document).slice(0, 5)).toEqual([
        '_createdAt',
        '_id',
        '_rev',
        '_type',
        '_updatedAt',
      ])
      expect(document).toMatchObject({
        _createdAt: seedTimestamp,
        _updatedAt: seedTimestamp,
        _rev: expect.stringMatching(/^[0-9A-Za-z]{22}$/),
      })
    }
  })

  it('uses no dots in ids except the drafts. prefix', () => {
    for (const id of ids) expect(id.replace(/^drafts\./, '')).not.toContain('.')
  })

  it('gives every Portable Text block and span a 12-hex key, unique within its document', () => {
    for (const document of documents) {
      const body = [document.body, document.editorialPolicy].find(Array.isArray) ?? []
      const keys = body.flatMap(
        ({_key, children}: {_key: string; children: Array<{_key: string}>}) => [
          _key,
          ...children.map(({_key: spanKey}) => spanKey),
        ],
      )
      for (const key of keys) expect(key).toMatch(/^[0-9a-f]{12}$/)
      expect(new Set(keys).size).toBe(keys.length)
    }
  })

  it('keys the article blocks by seed file and position, so a re-import keeps them', () => {
    const article = documentById(documents, 'drafts.article-seed-003')
    const again = documentById(buildDemoDataset().documents, 'drafts.article-seed-003')
    expect(article.body).toEqual(again.body)
  })
})

describe('people', () => {
  const users = parseDemoUsers(readDemoUsers())
  const people = documents.filter(({_type}) => _type === 'person')

  it('match scripts/demoUsers.json: id, name and Studio user id', () => {
    const withPerson = users.filter((user) => user.personId)
    expect(people.map(({_id}) => _id).sort()).toEqual(
      withPerson.map((user) => user.personId).sort(),
    )
    for (const user of withPerson) {
      const person = documentById(documents, user.personId ?? '')
      expect(person.sanityUserId).toBe(user.id)
      expect(person.name).toBe(user.name)
    }
  })

  it('make the two physicians reviewers with current credentials, and nobody else', () => {
    const reviewers = people.filter((person) => person.isReviewer === true)
    expect(reviewers.map(({_id}) => _id).sort()).toEqual([
      'person-daniel-reyes',
      'person-helen-carter',
    ])
    for (const reviewer of reviewers) {
      expect(reviewer.credentials).toContain('MD')
      expect(String(reviewer.credentialExpiry) > '2026-11-22').toBe(true)
    }
    expect(documentById(documents, 'person-daniel-reyes')).toMatchObject({
      credentialExpiry: expect.stringMatching(/^2028-/),
      specialty: expect.stringContaining('Physical Medicine & Rehabilitation'),
    })
    expect(documentById(documents, 'person-maya-okafor').credentials).toEqual(['MPH'])
  })

  it('stop the seed when demoUsers.json and the people diverge', () => {
    const renamed = users.map((user) =>
      user.id === 'pDanielReyes' ? {...user, name: 'Dr. Dan Reyes'} : user,
    )
    expect(() => buildSeedDataset({seeds: readSeeds(), demoUsers: renamed})).toThrow(
      SeedConsistencyError,
    )
    const missing = users.filter((user) => user.id !== 'pHelenCarter')
    expect(() => buildSeedDataset({seeds: readSeeds(), demoUsers: missing})).toThrow(
      /person-helen-carter/,
    )
  })
})

describe('curated content', () => {
  const condition = documentById(documents, 'drafts.condition-lower-back-spasm')

  it('codes the condition M62.830 and lists the red flags', () => {
    expect(condition.code).toMatchObject({system: 'ICD-10-CM', code: 'M62.830'})
    const redFlags = String(condition.redFlags)
    for (const sign of [
      /bladder or bowel control/,
      /fever/i,
      /weakness in one or both legs/,
      /fall/,
      /weight loss/,
    ]) {
      expect(redFlags).toMatch(sign)
    }
  })

  it('links the condition to every treatment and every treatment back to it', () => {
    const referenced = (condition.treatments as Array<{_ref: string}>).map(({_ref}) => _ref)
    expect(referenced).toEqual(treatments.map((slug) => `treatment-${slug}`))
    for (const slug of treatments) {
      const treatment = documentById(documents, `drafts.treatment-${slug}`)
      expect(treatment.conditions).toEqual([
        expect.objectContaining({_ref: 'condition-lower-back-spasm', _weak: true}),
      ])
      expect(treatment.evidenceLevel).toMatchObject({system: 'GRADE'})
    }
  })

  it('attributes every clinical document to the clinical editor who imported it', () => {
    for (const document of documents.filter(({_type}) =>
      ['condition', 'treatment', 'article'].includes(_type),
    )) {
      expect(document.authors).toEqual([
        expect.objectContaining({_type: 'reference', _ref: 'person-maya-okafor'}),
      ])
    }
  })

  it('makes each article about the condition and records where it came from', () => {
    const article = documentById(documents, 'drafts.article-seed-001')
    expect(article.about).toEqual([
      expect.objectContaining({_ref: 'condition-lower-back-spasm', _weak: true}),
    ])
    expect(article.importedFrom).toEqual({
      file: '001_778b1b8dbccec4ce.txt',
      sourceTitle: 'How To Help Muscle Spasms In Lower Back',
    })
    expect(blockViews(article.body)[0]).toEqual({text: 'What Can Cause A Back Spasm', style: 'h2'})
  })

  it('sets up the site: name, disclaimer, yearly review, error address', () => {
    expect(documentById(documents, 'siteSettings')).toMatchObject({
      siteName: 'Vetted',
      disclaimer: expect.stringContaining('not a substitute for professional medical advice'),
      defaultReviewIntervalMonths: 12,
      reportErrorEmail: expect.stringMatching(/^[^@\s]+@[^@\s]+\.[a-z]+$/),
    })
  })
})
