import {clinicalTypes, schemaTypes} from '@vetted/schemas'
import {createSchema} from 'sanity'
import {describe, expect, it} from 'vitest'
import {createFixtureWorkspace} from './fixtureWorkspace.ts'

function namesOf(types: unknown): unknown[] {
  return Array.isArray(types) ? types.map((type: unknown) => Reflect.get(Object(type), 'name')) : []
}

// The names other parts of the system build to (brief: "Content model field names").
const fieldsByType = {
  condition: [
    'name',
    'slug',
    'synonyms',
    'code',
    'summary',
    'symptoms',
    'causes',
    'riskFactors',
    'redFlags',
    'body',
    'treatments',
    'authors',
    'citations',
    'audience',
  ],
  treatment: [
    'name',
    'slug',
    'kind',
    'conditions',
    'howItWorks',
    'benefits',
    'risks',
    'sideEffects',
    'contraindications',
    'evidenceLevel',
    'body',
    'authors',
    'citations',
  ],
  article: ['title', 'slug', 'standfirst', 'body', 'about', 'authors', 'citations', 'importedFrom'],
  citation: [
    'title',
    'authors',
    'journal',
    'year',
    'volume',
    'issue',
    'pages',
    'doi',
    'pmid',
    'pmcid',
    'url',
    'accessed',
    'publicationType',
    'evidenceLevel',
    'verification',
    'retracted',
  ],
  person: [
    'name',
    'slug',
    'credentials',
    'jobTitle',
    'specialty',
    'licence',
    'credentialExpiry',
    'isReviewer',
    'sanityUserId',
    'bio',
    'sameAs',
  ],
  siteSettings: [
    'siteName',
    'editorialPolicy',
    'disclaimer',
    'defaultReviewIntervalMonths',
    'reportErrorEmail',
  ],
  medicalReview: [
    'subject',
    'subjectType',
    'kind',
    'fingerprint',
    'subjectRevision',
    'actor',
    'checklist',
    'notes',
    'conflictOfInterest',
    'verificationMethod',
    'credential',
    'at',
    'nextReviewDue',
    'previous',
    'keyId',
    'signature',
  ],
  medicalCode: ['system', 'code', 'label'],
  evidenceLevel: ['system', 'grade', 'summary'],
}

describe('the schema the Studio loads', async () => {
  const {schema} = await createFixtureWorkspace([])
  const fieldNames = (typeName: string) => {
    const type = schema.get(typeName)
    return type && 'fields' in type ? type.fields.map((field) => field.name).sort() : []
  }

  // What the Studio's schema error screen lists; `_validation` is where createSchema keeps it.
  it('passes Sanity’s schema validation without errors or warnings', () => {
    const compiled = createSchema({name: 'vetted', types: schemaTypes})
    const problems: unknown = Reflect.get(compiled, '_validation')
    expect(Array.isArray(problems)).toBe(true)
    expect(problems).toEqual([])
  })

  it('has every type, with the contracted field names', () => {
    expect(schemaTypes.map((type) => type.name).sort()).toEqual(
      [...Object.keys(fieldsByType), 'richText'].sort(),
    )
    for (const [typeName, fields] of Object.entries(fieldsByType)) {
      expect({typeName, fields: fieldNames(typeName)}).toEqual({
        typeName,
        fields: [...fields].sort(),
      })
    }
  })

  it('gives every document type an icon and a preview', () => {
    const documents = schemaTypes.filter((type) => type.type === 'document')
    expect(
      documents.filter((type) => !type.icon || !type.preview?.select).map((type) => type.name),
    ).toEqual([])
  })

  it('gives every clinical type a slug and authors', () => {
    expect([...clinicalTypes]).toEqual(['condition', 'treatment', 'article'])
    for (const typeName of clinicalTypes) {
      expect(fieldNames(typeName)).toEqual(expect.arrayContaining(['slug', 'authors']))
    }
  })

  // The annotation shares its name with the citation document type; Sanity accepts that.
  it('lets body text link and cite: link {href} and citation {source → citation}', () => {
    const richText = schema.get('richText')
    const block =
      richText && 'of' in richText
        ? richText.of.find((member) => member.name === 'block')
        : undefined
    const markDefs =
      block && 'fields' in block
        ? block.fields.find((field) => field.name === 'markDefs')?.type
        : undefined
    const members = markDefs && 'of' in markDefs ? markDefs.of : []
    expect(
      members.map((member) => ({
        name: member.name,
        fields: 'fields' in member ? member.fields.map((field) => field.name) : [],
      })),
    ).toEqual([
      {name: 'link', fields: ['href']},
      {name: 'citation', fields: ['source']},
    ])
    const citationSource = members.find((member) => member.name === 'citation')
    const source =
      citationSource && 'fields' in citationSource ? citationSource.fields[0]?.type : undefined
    expect(source && 'to' in source ? namesOf(source.to) : []).toEqual(['citation'])
  })

  it('makes every review-record field read-only in the Studio', () => {
    const review = schema.get('medicalReview')
    expect(review?.readOnly).toBe(true)
    const fields = review && 'fields' in review ? review.fields : []
    expect(
      fields.filter((field) => field.type.readOnly !== true).map((field) => field.name),
    ).toEqual([])
  })
})
