import {describe, expect, it} from 'vitest'
import {credentialAt, type PolicyContext} from '@vetted/schemas/review'
import {actionView, type LocalState} from '../../../../studio/src/actions/actionView.ts'
import type {ActionName, ReviewStatus} from '../../../../studio/src/review/reviewStatus.ts'
import type {StatusSnapshot} from '../../../../studio/src/review/statusStore.ts'
import {ServiceRequestError} from '../../../../studio/src/review/serviceClient.ts'
import {allDecisions} from '../../../../web/src/review/service/policy.ts'
import {actor, minutesLater, NOW, signed, verified} from '../reviewFixtures.ts'

const article = {id: 'article-seed-000', type: 'article' as const}
const citation = {id: 'citation-seed-004-2', type: 'citation' as const}
const V1 = '1'.repeat(64)
const V2 = '2'.repeat(64)

/**
 * The status the service would send for this policy context: its decisions come from the
 * review core (through the service's own `allDecisions`), so these tests hold the Studio's
 * buttons to the policy itself.
 */
function snapshotFor(context: PolicyContext & {actor: {name: string}}): StatusSnapshot {
  const status: ReviewStatus = {
    documentId: article.id,
    type: context.document.type,
    state: 'draft',
    changedSinceSignOff: false,
    nextReviewDue: null,
    draft: null,
    published: null,
    current: null,
    latestApproval: null,
    records: [],
    actions: allDecisions(context),
    caller: {
      sanityUserId: context.actor.sanityUserId,
      name: context.actor.name,
      role: context.actor.role,
      personId: context.actor.person?._id ?? null,
      // As the service says it: a verified, unexpired credential record now, not the profile's flag.
      isReviewer:
        context.actor.person !== null &&
        credentialAt(context.actor.credentialRecords, context.actor.person._id, context.now)
          .state === 'verified',
    },
    notices: [],
  }
  return {phase: 'ready', revisionKey: 'r', status}
}

function policy(overrides: Partial<PolicyContext> & {actor?: ReturnType<typeof actor>}) {
  return {
    actor: actor('daniel'),
    document: {type: 'article' as const, draftFingerprint: V1, authorIds: ['person-maya-okafor']},
    records: [],
    history: ['pMayaOkafor'],
    settings: {defaultReviewIntervalMonths: 12},
    now: NOW,
    ...overrides,
  }
}

const local = (type: string, extra: Partial<LocalState> = {}): LocalState => ({
  type,
  pending: false,
  published: false,
  ...extra,
})

function expectMatchesPolicy(action: ActionName, snapshot: StatusSnapshot, state: LocalState) {
  if (snapshot.phase !== 'ready') throw new Error('expected a ready snapshot')
  const decision = snapshot.status.actions[action]
  const view = actionView(action, snapshot, state)
  expect(view.disabled).toBe(!decision.allowed)
  expect(view.title).toBe(decision.allowed ? undefined : decision.reasons.join(' '))
  return view
}

describe('Request review', () => {
  it('is enabled for the editor of a fresh draft', () => {
    const view = expectMatchesPolicy(
      'requestReview',
      snapshotFor(policy({actor: actor('maya')})),
      local('article'),
    )
    expect(view).toEqual({hidden: false, disabled: false})
  })

  it('is disabled, with the policy’s words, once review was requested for this version', async () => {
    const records = await verified([await signed('review-requested', article, V1, {by: 'maya'})])
    const view = expectMatchesPolicy(
      'requestReview',
      snapshotFor(policy({actor: actor('maya'), records})),
      local('article'),
    )
    expect(view.title).toMatch(/already requested a review of this version/)
  })
})

describe('Sign off and Request changes', () => {
  it('are enabled for an independent registered reviewer', () => {
    for (const action of ['signOff', 'requestChanges'] as const) {
      expect(expectMatchesPolicy(action, snapshotFor(policy({})), local('article'))).toEqual({
        hidden: false,
        disabled: false,
      })
    }
  })

  it('are disabled for the reviewer who edited the draft, saying so', () => {
    const snapshot = snapshotFor(policy({history: ['pMayaOkafor', 'pDanielReyes']}))
    for (const action of ['signOff', 'requestChanges'] as const) {
      expect(expectMatchesPolicy(action, snapshot, local('article')).title).toMatch(
        /edited this draft/,
      )
    }
  })

  it('are disabled for an author, and when the history does not reach back', () => {
    const author = snapshotFor(
      policy({
        document: {type: 'article', draftFingerprint: V1, authorIds: ['person-daniel-reyes']},
      }),
    )
    expect(expectMatchesPolicy('signOff', author, local('article')).title).toMatch(
      /listed as an author/,
    )
    const noHistory = snapshotFor(policy({history: null}))
    expect(expectMatchesPolicy('signOff', noHistory, local('article')).title).toMatch(
      /does not reach back/,
    )
  })

  it('are not offered to people who are not reviewers, nor on citations', () => {
    const editor = snapshotFor(policy({actor: actor('maya')}))
    expect(actionView('signOff', editor, local('article')).hidden).toBe(true)
    expect(actionView('requestChanges', editor, local('article')).hidden).toBe(true)
    expect(actionView('signOff', snapshotFor(policy({})), local('citation')).hidden).toBe(true)
  })
})

describe('Publish', () => {
  it('is enabled once the current version is approved', async () => {
    const records = await verified([await signed('approved', article, V1)])
    expect(
      expectMatchesPolicy(
        'publish',
        snapshotFor(policy({actor: actor('maya'), records})),
        local('article'),
      ),
    ).toEqual({
      hidden: false,
      disabled: false,
    })
  })

  it('is disabled while the version waits for review', async () => {
    const records = await verified([await signed('review-requested', article, V1, {by: 'maya'})])
    const view = expectMatchesPolicy(
      'publish',
      snapshotFor(policy({actor: actor('maya'), records})),
      local('article'),
    )
    expect(view.title).toMatch(/waiting for review/)
  })

  it('is disabled when the draft changed after sign-off', async () => {
    const records = await verified([await signed('approved', article, V1)])
    const changed = policy({
      actor: actor('maya'),
      records,
      document: {type: 'article', draftFingerprint: V2, authorIds: []},
    })
    expect(expectMatchesPolicy('publish', snapshotFor(changed), local('article')).title).toMatch(
      /changed after Dr\. Daniel Reyes signed it off/,
    )
  })

  it('is disabled after changes were requested', async () => {
    const records = await verified([
      await signed('changes-requested', article, V1, {notes: 'Add a source'}),
    ])
    expect(
      expectMatchesPolicy('publish', snapshotFor(policy({records})), local('article')).title,
    ).toMatch(/requested changes/)
  })

  it('waits while edits are still being saved, whatever the policy says', async () => {
    const records = await verified([await signed('approved', article, V1)])
    const view = actionView(
      'publish',
      snapshotFor(policy({records})),
      local('article', {pending: true}),
    )
    expect(view).toEqual({hidden: false, disabled: true, title: 'Saving your latest changes…'})
  })
})

describe('Unpublish', () => {
  const published = {
    type: 'article' as const,
    draftFingerprint: null,
    publishedFingerprint: V1,
    authorIds: [],
  }

  it('is offered to reviewers and administrators on published content', () => {
    expect(
      expectMatchesPolicy(
        'unpublish',
        snapshotFor(policy({document: published})),
        local('article', {published: true}),
      ),
    ).toEqual({hidden: false, disabled: false})
    const admin = snapshotFor(policy({actor: actor('sam'), document: published}))
    expect(
      expectMatchesPolicy('unpublish', admin, local('article', {published: true})).hidden,
    ).toBe(false)
  })

  it('is not offered to editors, nor when nothing is published', () => {
    const editor = snapshotFor(policy({actor: actor('maya'), document: published}))
    expect(actionView('unpublish', editor, local('article', {published: true})).hidden).toBe(true)
    expect(actionView('unpublish', snapshotFor(policy({})), local('article')).hidden).toBe(true)
  })
})

describe('Verify (citations)', () => {
  const citationDocument = {type: 'citation' as const, draftFingerprint: V1, authorIds: []}

  it('is enabled for someone who has not written to the citation', () => {
    const view = expectMatchesPolicy(
      'verifyCitation',
      snapshotFor(policy({document: citationDocument})),
      local('citation'),
    )
    expect(view).toEqual({hidden: false, disabled: false})
  })

  it('is disabled for anyone who wrote to it, not only the last editor (four eyes by history, the new rule)', () => {
    const lastEditor = snapshotFor(policy({actor: actor('maya'), document: citationDocument}))
    expect(expectMatchesPolicy('verifyCitation', lastEditor, local('citation')).title).toMatch(
      /Maya Okafor wrote or edited this citation, so someone else must verify it/,
    )
    const earlierEditor = snapshotFor(
      policy({
        actor: actor('maya'),
        document: citationDocument,
        history: ['pMayaOkafor', 'pDanielReyes'],
      }),
    )
    expect(expectMatchesPolicy('verifyCitation', earlierEditor, local('citation')).disabled).toBe(
      true,
    )
  })

  it('is enabled for publishing once verified, and not offered on clinical types', async () => {
    const records = await verified([
      await signed('citation-verified', citation, V1, {
        verificationMethod: 'PubMed',
        when: minutesLater(1),
      }),
    ])
    const snapshot = snapshotFor(
      policy({actor: actor('maya'), document: citationDocument, records}),
    )
    expect(expectMatchesPolicy('publish', snapshot, local('citation')).disabled).toBe(false)
    expect(actionView('verifyCitation', snapshot, local('article')).hidden).toBe(true)
  })
})

describe('before the service has answered', () => {
  it('every action waits, and a failure is shown as the service worded it', () => {
    const loading: StatusSnapshot = {phase: 'loading', revisionKey: 'r'}
    expect(actionView('publish', loading, local('article'))).toMatchObject({
      disabled: true,
      title: 'Checking the review status…',
    })
    const error = new ServiceRequestError(0, 'unreachable', 'The review service is not answering')
    const failed: StatusSnapshot = {phase: 'error', revisionKey: 'r', error}
    expect(actionView('signOff', failed, local('article'))).toMatchObject({
      disabled: true,
      title: 'The review service is not answering',
    })
  })
})

describe('who counts as a reviewer', () => {
  it('is whoever holds a verified credential record, not whoever has the reviewer flag', async () => {
    const daniel = actor('daniel')
    const revocation = await signed(
      'credential-revoked',
      {id: daniel.person?._id ?? '', type: 'person'},
      V1,
      {by: 'sam', when: minutesLater(-60), notes: 'Licence suspended by the board'},
    )
    const revoked = {
      ...daniel,
      credentialRecords: [...daniel.credentialRecords, ...(await verified([revocation]))],
    }
    const snapshot = snapshotFor(policy({actor: revoked}))
    expect(actionView('signOff', snapshot, local('article')).hidden).toBe(true)
    expect(snapshot.phase === 'ready' && snapshot.status.actions.signOff.reasons.join(' ')).toMatch(
      /reviewer credential was revoked .* by Sam Lee \(Licence suspended by the board\)/,
    )
    const flaggedOnly = {...daniel, credentialRecords: []}
    expect(
      actionView('signOff', snapshotFor(policy({actor: flaggedOnly})), local('article')).hidden,
    ).toBe(true)
  })
})
