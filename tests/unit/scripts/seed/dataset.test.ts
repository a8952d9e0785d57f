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
  demoSeedNumbers,
  documentById,
  fixtureSeedsDir,
  readDemoUsers,
  readSeeds,
  seedDerived,
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
  it('has the contract ids: people and settings published, clinical content as drafts', () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        'person-daniel-reyes',
        'person-helen-carter',
        'person-maya-okafor',
        'person-sam-lee',
        'siteSettings',
        'drafts.condition-lower-back-spasm',
        ...treatments.map((slug) => `drafts.treatment-${slug}`),
      ]),
    )
    for (const {_id, _type} of documents) {
      const published = _type === 'person' || _type === 'siteSettings'
      expect({_id, draft: _id.startsWith('drafts.')}).toEqual({_id, draft: !published})
    }
  })

  it('has one draft article per demo seed and a citation per entry of its reference list', () => {
    expect(seedDerived(documents).map(({_id}) => _id)).toEqual([
      ...demoSeedNumbers.map((number) => `drafts.article-seed-${number}`),
      ...[1, 2, 3, 4].map((position) => `drafts.citation-seed-004-${position}`),
    ])
    expect(ids.filter((id) => /(?:article|citation)-seed-/.test(id))).toEqual(
      seedDerived(documents).map(({_id}) => _id),
    )
  })

  it('imports every .txt of another seeds folder, one article per file', () => {
    const fixtures = readSeeds(fixtureSeedsDir)
    const dataset = buildSeedDataset({seeds: fixtures, demoUsers: readDemoUsers()})
    const articles = seedDerived(dataset.documents).filter(({_type}) => _type === 'article')
    expect(articles.map(({importedFrom}) => importedFrom)).toEqual(
      fixtures.map(({file}) => expect.objectContaining({file})),
    )
    expect(articles.map(({_id}) => _id)).toEqual(
      fixtures.map(({file}) => `drafts.article-seed-${file.slice(0, 3)}`),
    )
  })

  it('refuses two seed files with the same number', () => {
    const [first] = readSeeds()
    if (!first) throw new Error('no demo seeds')
    const twin = {file: '000_another.txt', bytes: first.bytes}
    expect(() => buildSeedDataset({seeds: [first, twin], demoUsers: readDemoUsers()})).toThrow(
      /Two seed files start with 000/,
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

  it('gives every Portable Text block and span a key unique within its document', () => {
    for (const document of documents) {
      const body = [document.body, document.editorialPolicy].find(Array.isArray) ?? []
      const keys = body.flatMap(
        ({_key, children}: {_key: string; children: Array<{_key: string}>}) => [
          _key,
          ...children.map(({_key: spanKey}) => spanKey),
        ],
      )
      for (const key of keys) expect(key).toMatch(/^[\w-]+$/)
      expect(new Set(keys).size).toBe(keys.length)
    }
  })

  it('keys the seed articles with 12 hex characters', () => {
    for (const article of seedDerived(documents).filter(({_type}) => _type === 'article')) {
      const body = article.body as Array<{_key: string; children: Array<{_key: string}>}>
      expect(body.length).toBeGreaterThan(0)
      for (const block of body) {
        const {_key: key} = block
        expect(key).toMatch(/^[0-9a-f]{12}$/)
        for (const {_key: spanKey} of block.children) expect(spanKey).toMatch(/^[0-9a-f]{12}$/)
      }
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
    for (const reviewer of reviewers) expect(reviewer.credentials).toContain('MD')
    // A missing expiry must fail here: String(undefined) would sort after any date.
    const expiries = Object.fromEntries(
      reviewers.map((reviewer) => [reviewer._id, reviewer.credentialExpiry]),
    )
    expect(expiries).toEqual({
      'person-daniel-reyes': '2028-11-30',
      'person-helen-carter': '2028-05-31',
    })
    const seedDay = seedTimestamp.slice(0, 10)
    for (const expiry of Object.values(expiries)) expect(String(expiry) > seedDay).toBe(true)
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
    expect(article).toMatchObject({
      title: 'How To Calm A Lower Back Spasm',
      slug: {_type: 'slug', current: 'how-to-calm-a-lower-back-spasm'},
      importedFrom: {
        file: '001_backbone-daily-calm-a-spasm.txt',
        sourceTitle: 'How To Calm A Lower Back Spasm',
      },
    })
    expect(blockViews(article.body).slice(0, 4)).toEqual([
      {
        text: expect.stringMatching(/^One wrong move and the muscles at the base of your spine/),
        style: 'normal',
      },
      {text: 'What A Spasm Feels Like', style: 'h2'},
      {text: expect.stringMatching(/^A spasm is a muscle contracting on its own/), style: 'normal'},
      {text: expect.stringMatching(/^Spasms often settle into a pattern/), style: 'normal'},
    ])
    const items = blockViews(article.body).filter((block) => block.listItem === 'bullet')
    expect(items).toHaveLength(6)
  })

  it('records no source title for a seed that had no heading', () => {
    const article = documentById(documents, 'drafts.article-seed-000')
    expect(article.importedFrom).toEqual({file: '000_cedar-hollow-spasm-basics.txt'})
    expect(article.standfirst).toMatch(/^A lower back spasm can arrive without warning/)
  })

  it('gives each demo article a unique slug from its title', () => {
    const articles = seedDerived(documents).filter(({_type}) => _type === 'article')
    const slugs = articles.map(({slug}) => (slug as {current: string}).current)
    expect(slugs).toEqual([
      'a-lower-back-spasm-can-arrive-without-warning-often-in-the-middle-of-something-ordinary',
      'how-to-calm-a-lower-back-spasm',
      'easing-a-lower-back-spasm',
      'lower-back-spasm-relief-at-willow-creek-physical-therapy',
      'what-research-says-about-treating-lower-back-spasms',
    ])
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
