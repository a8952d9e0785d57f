/**
 * Stands in for the publisher service in the site's end-to-end tests: signs records with the
 * system's review key and publishes through the lake with the publisher robot's token, exactly
 * as the service would. Also plays the administrator who edits published content behind the
 * service's back (the case layer 3 exists for).
 */
import {createClient, type SanityClient} from '@sanity/client'
import {
  fingerprint,
  importPrivateKey,
  signRecord,
  type MedicalReviewRecord,
} from '@vetted/schemas/review'

export interface LakeAccess {
  lakeHttp: string
  token: string
}

export function lakeClient({lakeHttp, token}: LakeAccess): SanityClient {
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: lakeHttp,
    useProjectHostname: false,
    apiVersion: '2025-02-19',
    useCdn: false,
    token,
    perspective: 'raw',
  })
}

export interface SigningKey {
  keyId: string
  privateKeyPem: string
}

const reviewer = {
  personId: 'person-daniel-reyes',
  sanityUserId: 'pDanielReyes',
  name: 'Dr. Daniel Reyes',
  credentials: ['MD'],
  specialty: 'Physical Medicine & Rehabilitation',
}

type Stored = {_id: string; _type: string; [field: string]: unknown}

async function signedRecordFor(
  draft: Stored,
  publishedId: string,
  key: SigningKey,
  options: {at: Date; nextReviewDue: string},
): Promise<MedicalReviewRecord> {
  const isCitation = draft._type === 'citation'
  const privateKey = await importPrivateKey(key.privateKeyPem)
  return signRecord(
    {
      _id: `review-${crypto.randomUUID()}`,
      _type: 'medicalReview',
      subject: {_type: 'reference', _ref: publishedId, _weak: true},
      subjectType: draft._type as MedicalReviewRecord['subjectType'],
      kind: isCitation ? 'citation-verified' : 'approved',
      fingerprint: await fingerprint(draft),
      subjectRevision: String(draft._rev ?? 'unknown'),
      actor: isCitation
        ? {
            ...reviewer,
            personId: 'person-helen-carter',
            sanityUserId: 'pHelenCarter',
            name: 'Dr. Helen Carter',
            specialty: 'Family Medicine',
          }
        : reviewer,
      ...(isCitation
        ? {verificationMethod: 'DOI resolved and matched'}
        : {
            checklist: {
              claimsChecked: true,
              citationsVerified: true,
              dosagesChecked: true,
              noPromotionalContent: true,
            },
            conflictOfInterest: {declared: false},
            nextReviewDue: options.nextReviewDue,
          }),
      at: options.at.toISOString(),
    },
    {keyId: key.keyId, privateKey},
  )
}

/** Signs off each draft as it stands and publishes it, as the service would. */
export async function approveAndPublish(
  publisher: LakeAccess,
  key: SigningKey,
  publishedIds: string[],
  options: {at?: Date; nextReviewDue?: string} = {},
): Promise<void> {
  const client = lakeClient(publisher)
  for (const id of publishedIds) {
    const draft = await client.getDocument<Stored>(`drafts.${id}`)
    if (!draft) throw new Error(`no draft of ${id} to approve`)
    const record = await signedRecordFor(draft, id, key, {
      at: options.at ?? new Date(),
      nextReviewDue: options.nextReviewDue ?? '2099-01-01',
    })
    await client.create(record)
    await client.action({
      actionType: 'sanity.action.document.publish',
      draftId: `drafts.${id}`,
      publishedId: id,
    })
  }
}

/** Publishes a draft WITHOUT any sign-off (what an administrator's token can do). */
export async function publishUnreviewed(admin: LakeAccess, id: string): Promise<void> {
  await lakeClient(admin).action({
    actionType: 'sanity.action.document.publish',
    draftId: `drafts.${id}`,
    publishedId: id,
  })
}

/** Edits a published document directly (an administrator going around the service). */
export async function tamperWithPublished(
  admin: LakeAccess,
  id: string,
  set: Record<string, unknown>,
): Promise<void> {
  await lakeClient(admin).patch(id).set(set).commit()
}
