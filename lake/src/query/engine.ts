import {evaluate, type EvaluateOptions, type ExprNode} from 'groq-js'
import {someNode} from './ast.ts'
import {expressionFilter} from './documentFilter.ts'
import {parseQuery} from './parseQuery.ts'
import {applyPerspective} from './perspective.ts'
import type {QueryJob} from './protocol.ts'
import {rewrite, allRows, type PlanContext} from './pushdown/plan.ts'
import type {Doc, DocumentSource} from './pushdown/source.ts'
import {bindTextQueries, usesTextQuery} from './textQuery.ts'

export interface QueryEnvironment {
  projectId: string
  dataset: string
}

const readsEverything = (filter: string) => filter === '_id in path("**")'

/** Whether a function in the query reads the whole dataset itself (`releases::all()`). */
const readsDataset = (tree: ExprNode) =>
  someNode(tree, (node) => node.type === 'FuncCall' && node.namespace === 'releases')

/**
 * Runs one GROQ query against the lake's SQLite file: the query's selective parts as SQL
 * (`pushdown/plan.ts`), references fetched by id as groq-js follows them, the rest in groq-js.
 * A caller whose grants cover only some documents gets the plain evaluation over exactly those.
 */
export async function runQuery(
  source: DocumentSource,
  job: QueryJob,
  environment: QueryEnvironment,
): Promise<unknown> {
  const readGrants = job.grants.filter((grant) => grant.permissions.includes('read'))
  const parsed = parseQuery(job.query, job.params)
  const options = {
    params: job.params,
    identity: job.identity,
    timestamp: new Date(),
    sanity: {projectId: environment.projectId, dataset: environment.dataset},
  }
  return source.reading(async () => {
    if (!readGrants.some((grant) => readsEverything(grant.filter))) {
      const filters = readGrants.map((grant) => expressionFilter(grant.filter))
      const readable = source
        .all()
        .filter((doc) => filters.some((filter) => filter.matchesNow(doc, {identity: job.identity})))
      return evaluatePlain(parsed, applyPerspective(readable, job.perspective), options)
    }
    const references = new Map<string, Doc | null>()
    const dereference = ({_ref}: {_ref: string}) => {
      let found = references.get(_ref)
      if (found === undefined) {
        found = source.byId(job.perspective, _ref)
        references.set(_ref, found)
      }
      return found
    }
    const evaluation: EvaluateOptions = {...options, dataset: [], dereference}
    const context: PlanContext = {source, perspective: job.perspective, evaluation}
    let tree = await rewrite(parsed, context)
    // A text search outside any `*[…]` filter is matched against every document, as before.
    if (usesTextQuery(tree)) tree = bindTextQueries(tree, allRows(context))
    // `releases::all()` reads the dataset inside groq-js, past any `*` the plan could replace.
    if (readsDataset(parsed)) evaluation.dataset = allRows(context)
    const value = await evaluate(tree, evaluation)
    return value.get()
  })
}

/** groq-js over an array of documents: the lake's reference semantics for every query. */
export async function evaluatePlain(
  tree: ExprNode,
  documents: readonly Doc[],
  options: Parameters<typeof evaluate>[1] = {},
): Promise<unknown> {
  const bound = usesTextQuery(tree) ? bindTextQueries(tree, documents) : tree
  const value = await evaluate(bound, {...options, dataset: documents})
  return value.get()
}
