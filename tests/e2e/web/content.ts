import {lakeClient, type LakeAccess} from '../../fixtures/web/publishing.ts'

type Block = {
  _type: string
  _key: string
  markDefs?: {_type: string; _key: string; [field: string]: unknown}[]
  children?: {_type: string; _key: string; text?: string; marks?: string[]}[]
}

/**
 * What a clinical editor does before review: cite sources in the condition's text (the seed
 * leaves its body uncited). Paragraphs 1 and 2 cite one source each; paragraph 3 cites the
 * first source again, so it gets two back-links.
 */
export async function citeSourcesInCondition(editor: LakeAccess): Promise<void> {
  const client = lakeClient(editor)
  const id = 'drafts.condition-lower-back-spasm'
  const draft = await client.getDocument<{body: Block[]}>(id)
  if (!draft) throw new Error('the demo dataset has no condition draft')
  const sources = ['citation-seed-004-2', 'citation-seed-004-3', 'citation-seed-004-2']
  let next = 0
  const body = draft.body.map((block) => {
    const source = sources[next]
    const span = block.children?.[0]
    if (
      block._type !== 'block' ||
      !source ||
      !span ||
      (block as {style?: string}).style !== 'normal'
    ) {
      return block
    }
    next += 1
    const key = `e2ecite${next}`
    return {
      ...block,
      markDefs: [
        ...(block.markDefs ?? []),
        {_type: 'citation', _key: key, source: {_type: 'reference', _ref: source}},
      ],
      children: [
        {...span, marks: [...(span.marks ?? []), key]},
        ...(block.children ?? []).slice(1),
      ],
    }
  })
  await client.patch(id).set({body}).commit()
}

/** An editor's pending change to a published document (a new draft over it). */
export async function editDraft(
  editor: LakeAccess,
  publishedId: string,
  set: Record<string, unknown>,
): Promise<void> {
  const client = lakeClient(editor)
  const published = await client.getDocument(publishedId)
  if (!published) throw new Error(`${publishedId} is not published`)
  await client.createOrReplace({...published, ...set, _id: `drafts.${publishedId}`})
}

/** What a fact-checker records while verifying a source: its DOI and PubMed id. */
export async function addIdentifiers(
  editor: LakeAccess,
  citationId: string,
  identifiers: {doi: string; pmid: string},
): Promise<void> {
  await lakeClient(editor).patch(`drafts.${citationId}`).set(identifiers).commit()
}
