import {UnpublishIcon} from '@sanity/icons/Unpublish'
import {useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {FieldsForm} from '../components/dialogs/FieldsForm.tsx'
import {useReviewAction} from './useReviewAction.ts'

/** Takedown by a reviewer or an administrator, with the reason recorded; replaces the built-in. */
export const UnpublishAction: DocumentActionComponent = (props) => {
  const {view, busy, run} = useReviewAction(props, 'unpublish')
  const [open, setOpen] = useState(false)
  if (view.hidden) return null
  const close = () => setOpen(false)
  return {
    label: 'Unpublish',
    icon: UnpublishIcon,
    tone: 'critical',
    disabled: view.disabled || busy,
    title: view.title,
    onHandle: () => setOpen(true),
    dialog: open && {
      type: 'dialog',
      header: 'Take this page down',
      width: 'medium',
      onClose: close,
      content: (
        <FieldsForm
          fields={[
            {
              name: 'reason',
              label: 'Reason',
              description: 'Recorded with the takedown and shown in the Review tab.',
              required: true,
              multiline: true,
            },
          ]}
          submitText="Unpublish"
          tone="critical"
          busy={busy}
          onCancel={close}
          onSubmit={({reason = ''}) => {
            void run('unpublish', {documentId: props.id, reason}, 'Taken down').then(
              (ok) => ok && close(),
            )
          }}
        />
      ),
    },
  }
}
UnpublishAction.action = 'unpublish'
UnpublishAction.displayName = 'UnpublishAction'
