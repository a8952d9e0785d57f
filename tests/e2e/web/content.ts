import {lakeClient, type LakeAccess} from '../../fixtures/web/publishing.ts'

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
