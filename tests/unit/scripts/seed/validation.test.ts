import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createWorkspaceFromConfig, validateDocument, type Workspace} from 'sanity'
import {schemaTypes} from '@vetted/schemas'
import type {ExportedDocument} from '@vetted/scripts/seed'
import {buildDemoDataset, documentById} from './seedFixtures.ts'
import {startGroqServer} from './groqServer.ts'

const {documents} = buildDemoDataset()
const idOf = ({_id}: ExportedDocument) => _id
const ids = new Set(documents.map(idOf))
let workspace: Workspace
let server: Awaited<ReturnType<typeof startGroqServer>>

beforeAll(async () => {
  // Uniqueness checks (slugs, Studio user ids) query the dataset through a real client.
  server = await startGroqServer(documents)
  workspace = await createWorkspaceFromConfig({
    projectId: 'local',
    dataset: 'production',
    name: 'default',
    basePath: '/',
    schema: {types: schemaTypes},
    currentUser: {
      id: 'pMayaOkafor',
      name: 'Maya Okafor',
      email: 'maya.okafor@vetted.local',
      role: 'contributor',
      roles: [{name: 'contributor', title: 'Contributor'}],
    },
    getClient: () => server.client,
  })
})

afterAll(() => server?.close())

const markersOf = (document: ExportedDocument) =>
  validateDocument({document, workspace, environment: 'cli'})

async function errorsOf(document: ExportedDocument) {
  return (await markersOf(document)).filter((marker) => marker.level === 'error')
}

// Sanity reports a strong reference to a document that has no published version as an error.
// Seeded clinical content and citations are drafts that publish one by one after their own
// sign-off, so their references to each other are such references until then (the seed marks
// them `_weak` + `_strengthenOnPublish`, as the Studio does).
const awaitingPublication = (marker: {code: string; details?: unknown}) =>
  marker.code === 'reference.not-published'

describe("Sanity's own document validation", () => {
  it.each(documents.map((document) => [idOf(document), document] as const))(
    '%s has no errors besides references to drafts awaiting publication',
    async (_id, document) => {
      const errors = await errorsOf(document)
      const other = errors
        .filter((marker) => !awaitingPublication(marker))
        .map((marker) => `${JSON.stringify(marker.path)} ${marker.message}`)
      expect(other).toEqual([])
      for (const marker of errors.filter(awaitingPublication)) {
        const referenceId = (marker.details as {referenceId?: string} | undefined)?.referenceId
        expect({referenceId, inDataset: ids.has(`drafts.${referenceId}`)}).toEqual({
          referenceId,
          inDataset: true,
        })
      }
    },
  )

  it('catches a duplicate slug and a Studio user id given to a second person', async () => {
    const article = documentById(documents, 'drafts.article-seed-001')
    const copy = {...article, _id: 'drafts.article-copy'}
    expect((await markersOf(copy)).map((marker) => marker.code)).toContain('slug.not-unique')

    const maya = documentById(documents, 'person-maya-okafor')
    const impostor = {...maya, _id: 'person-impostor', slug: {_type: 'slug', current: 'impostor'}}
    expect((await errorsOf(impostor)).map((marker) => marker.message)).toContain(
      'Studio user ID pMayaOkafor already belongs to another person.',
    )
  })
})
