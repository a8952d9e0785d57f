import {createClient, type SanityClient} from '@sanity/client'
import {schemaTypes} from '@vetted/schemas'
import {evaluate, parse} from 'groq-js'
import {
  createWorkspaceFromConfig,
  validateDocument,
  type SanityDocument,
  type Workspace,
} from 'sanity'

type Params = Record<string, unknown>

function isParams(value: unknown): value is Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// Short queries arrive as GET ?query=&$name=<json>; long ones as POST {query, params}.
function queryFromRequest(url: URL, body: unknown): {query: string; params: Params} {
  if (isParams(body) && typeof body.query === 'string') {
    return {query: body.query, params: isParams(body.params) ? body.params : {}}
  }
  const query = url.searchParams.get('query')
  if (query === null) throw new Error(`fixture client: no GROQ query in ${url.href}`)
  const params: Params = {}
  for (const [name, value] of url.searchParams) {
    if (name.startsWith('$')) params[name.slice(1)] = JSON.parse(value)
  }
  return {query, params}
}

function visibleDocuments(documents: SanityDocument[], perspective: unknown): SanityDocument[] {
  if (perspective === 'raw') return documents
  if (perspective === undefined || perspective === 'published') {
    return documents.filter((document) => !document._id.includes('.'))
  }
  throw new Error(`fixture client: perspective ${String(perspective)} is not implemented`)
}

/**
 * A real @sanity/client whose query requests are answered by groq-js over `documents`, as a
 * Content Lake would answer them. Nothing leaves the process.
 */
export function createFixtureClient(documents: SanityDocument[]): SanityClient {
  return createClient({
    projectId: 'fixture',
    dataset: 'production',
    apiVersion: '2025-02-19',
    useCdn: false,
    requestHandler: async (request) => {
      const url = new URL(request.url ?? '')
      if (url.pathname.endsWith('/grants')) return []
      if (!/\/data\/query\//.test(url.pathname)) {
        throw new Error(
          `fixture client: ${request.method ?? 'GET'} ${url.pathname} is not implemented`,
        )
      }
      const {query, params} = queryFromRequest(url, request.body)
      const perspective = isParams(request.query) ? request.query.perspective : undefined
      const tree = parse(query, {params})
      const value = await evaluate(tree, {
        dataset: visibleDocuments(documents, perspective),
        params,
      })
      return {result: await value.get(), ms: 0}
    },
  })
}

/** The Vetted schema in a Studio workspace whose client reads `documents`. */
export function createFixtureWorkspace(documents: SanityDocument[]): Promise<Workspace> {
  const client = createFixtureClient(documents)
  return createWorkspaceFromConfig({
    name: 'default',
    projectId: 'fixture',
    dataset: 'production',
    schema: {types: schemaTypes},
    currentUser: {
      id: 'pSamLee',
      name: 'Sam Lee',
      email: 'sam@example.com',
      role: 'administrator',
      roles: [],
    },
    getClient: ({apiVersion}) => client.withConfig({apiVersion}),
  })
}

/**
 * Sanity's own document validation, as the Studio runs it, with `dataset` standing in for the
 * Content Lake: slug and Studio-user uniqueness query it, and a reference is satisfied only by a
 * PUBLISHED document in it (the Studio's rule before publishing).
 */
export async function validateInDataset(document: SanityDocument, dataset: SanityDocument[]) {
  const workspace = await createFixtureWorkspace(dataset)
  const publishedIds = new Set(dataset.map((doc) => doc._id).filter((id) => !id.includes('.')))
  return validateDocument({
    document,
    workspace,
    environment: 'cli',
    getDocumentExists: async ({id}) => publishedIds.has(id),
  })
}
