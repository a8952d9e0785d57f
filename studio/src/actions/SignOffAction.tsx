import {CheckmarkCircleIcon} from '@sanity/icons/CheckmarkCircle'
import {useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {SignOffForm} from '../components/dialogs/SignOffForm.tsx'
import {useReviewAction} from './useReviewAction.ts'

/** Reviewers: approve the exact version they read (its fingerprint is fixed when they open it). */
export const SignOffAction: DocumentActionComponent = (props) => {
  const {view, busy, run, snapshot} = useReviewAction(props, 'signOff')
  const [reviewing, setReviewing] = useState<string | null>(null)
  if (view.hidden) return null
  const current = snapshot.phase === 'ready' ? snapshot.status.current : null
  const close = () => setReviewing(null)
  return {
    label: 'Sign off',
    icon: CheckmarkCircleIcon,
    tone: 'positive',
    disabled: view.disabled || busy || !current,
    title: view.title,
    onHandle: () => setReviewing(current?.fingerprint ?? null),
    dialog: reviewing !== null && {
      type: 'dialog',
      header: 'Sign off this version',
      width: 'medium',
      onClose: close,
      content: (
        <SignOffForm
          title="Sign off this version"
          busy={busy}
          onCancel={close}
          onSubmit={(input) => {
            const body = {
              ...input,
              documentId: props.id,
              fingerprint: reviewing,
              decision: 'approved',
            }
            void run('sign-off', body, 'Signed off: it can be published now').then(
              (ok) => ok && close(),
            )
          }}
        />
      ),
    },
  }
}
SignOffAction.displayName = 'SignOffAction'
