import {EditIcon} from '@sanity/icons/Edit'
import {useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {FieldsForm} from '../components/dialogs/FieldsForm.tsx'
import {useReviewAction} from './useReviewAction.ts'

/** Reviewers: send the version back with notes saying what has to change. */
export const RequestChangesAction: DocumentActionComponent = (props) => {
  const {view, busy, run, snapshot} = useReviewAction(props, 'requestChanges')
  const [reviewing, setReviewing] = useState<string | null>(null)
  if (view.hidden) return null
  const current = snapshot.phase === 'ready' ? snapshot.status.current : null
  const close = () => setReviewing(null)
  return {
    label: 'Request changes',
    icon: EditIcon,
    tone: 'caution',
    disabled: view.disabled || busy || !current,
    title: view.title,
    onHandle: () => setReviewing(current?.fingerprint ?? null),
    dialog: reviewing !== null && {
      type: 'dialog',
      header: 'Request changes',
      width: 'medium',
      onClose: close,
      content: (
        <FieldsForm
          fields={[
            {
              name: 'notes',
              label: 'What has to change',
              description: 'The editor sees these notes in the Review tab.',
              required: true,
              multiline: true,
            },
          ]}
          submitText="Request changes"
          tone="caution"
          busy={busy}
          onCancel={close}
          onSubmit={({notes = ''}) => {
            const body = {
              documentId: props.id,
              fingerprint: reviewing,
              decision: 'changes-requested',
              notes,
            }
            void run('sign-off', body, 'Changes requested').then((ok) => ok && close())
          }}
        />
      ),
    },
  }
}
RequestChangesAction.displayName = 'RequestChangesAction'
