import {CheckmarkCircleIcon} from '@sanity/icons/CheckmarkCircle'
import {useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {VerifyCredentialForm} from '../components/dialogs/VerifyCredentialForm.tsx'
import {credentialOnProfile} from '@vetted/schemas/review'
import {useCredentialAction} from './useCredentialAction.ts'

/**
 * Administrators, on a person: sign the credential the published profile states (letters,
 * specialty, licence, end date) after checking it; that record is what makes them a reviewer.
 */
export const VerifyCredentialAction: DocumentActionComponent = (props) => {
  const {view, busy, run, snapshot} = useCredentialAction(props, 'verifyCredential')
  const [open, setOpen] = useState(false)
  if (view.hidden) return null
  const close = () => setOpen(false)
  const name = snapshot.phase === 'ready' ? snapshot.status.name : 'This person'
  return {
    label: 'Verify credential',
    icon: CheckmarkCircleIcon,
    tone: 'positive',
    disabled: view.disabled || busy,
    title: view.title,
    onHandle: () => setOpen(true),
    dialog: open && {
      type: 'dialog',
      header: `Verify ${name}’s credential`,
      width: 'medium',
      onClose: close,
      content: (
        <VerifyCredentialForm
          name={name}
          credential={credentialOnProfile(props.published)}
          unpublishedChanges={props.draft !== null}
          busy={busy}
          onCancel={close}
          onSubmit={(input) => {
            void run(
              'verify-credential',
              {personId: props.id, ...input},
              `Credential verified: ${name} may sign off clinical content`,
            ).then((ok) => ok && close())
          }}
        />
      ),
    },
  }
}
VerifyCredentialAction.displayName = 'VerifyCredentialAction'
