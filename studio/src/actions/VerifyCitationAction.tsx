import {SearchIcon} from '@sanity/icons/Search'
import {useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {FieldsForm} from '../components/dialogs/FieldsForm.tsx'
import {useReviewAction} from './useReviewAction.ts'

/** Citations: record that the source was found and says what it is cited for (four eyes). */
export const VerifyCitationAction: DocumentActionComponent = (props) => {
  const {view, busy, run} = useReviewAction(props, 'verifyCitation')
  const [open, setOpen] = useState(false)
  if (view.hidden) return null
  const close = () => setOpen(false)
  return {
    label: 'Verify',
    icon: SearchIcon,
    tone: 'positive',
    disabled: view.disabled || busy,
    title: view.title,
    onHandle: () => setOpen(true),
    dialog: open && {
      type: 'dialog',
      header: 'Verify this citation',
      width: 'medium',
      onClose: close,
      content: (
        <FieldsForm
          fields={[
            {
              name: 'method',
              label: 'How you checked it',
              description: 'e.g. “DOI resolved; title, authors and year match the PubMed record”',
              required: true,
            },
            {name: 'notes', label: 'Notes', multiline: true},
          ]}
          submitText="Record verification"
          tone="positive"
          busy={busy}
          onCancel={close}
          onSubmit={({method = '', notes = ''}) => {
            const body = {documentId: props.id, method, ...(notes.trim() ? {notes} : {})}
            void run('verify-citation', body, 'Verification recorded').then((ok) => ok && close())
          }}
        />
      ),
    },
  }
}
VerifyCitationAction.displayName = 'VerifyCitationAction'
