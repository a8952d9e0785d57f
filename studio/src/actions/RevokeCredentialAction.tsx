import {AccessDeniedIcon} from '@sanity/icons/AccessDenied'
import {Stack, Text} from '@sanity/ui'
import {useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {FieldsForm} from '../components/dialogs/FieldsForm.tsx'
import {useCredentialAction} from './useCredentialAction.ts'

/** Administrators, on a person: end the verified credential, with the reason recorded. */
export const RevokeCredentialAction: DocumentActionComponent = (props) => {
  const {view, busy, run, snapshot} = useCredentialAction(props, 'revokeCredential')
  const [open, setOpen] = useState(false)
  if (view.hidden) return null
  const close = () => setOpen(false)
  const name = snapshot.phase === 'ready' ? snapshot.status.name : 'This person'
  return {
    label: 'Revoke credential',
    icon: AccessDeniedIcon,
    tone: 'critical',
    disabled: view.disabled || busy,
    title: view.title,
    onHandle: () => setOpen(true),
    dialog: open && {
      type: 'dialog',
      header: `Revoke ${name}’s credential`,
      width: 'medium',
      onClose: close,
      content: (
        <Stack gap={4}>
          <Text size={1} muted>
            From now on {name} cannot sign off clinical content. What they signed off while their
            credential was verified stays as it is: take a page down separately if it needs it.
          </Text>
          <FieldsForm
            fields={[
              {
                name: 'reason',
                label: 'Reason',
                description:
                  'Recorded with the revocation and shown on the person’s Credential tab.',
                required: true,
                multiline: true,
              },
            ]}
            submitText="Revoke credential"
            tone="critical"
            busy={busy}
            onCancel={close}
            onSubmit={({reason = ''}) => {
              void run(
                'revoke-credential',
                {personId: props.id, reason: reason.trim()},
                `Credential revoked: ${name} can no longer sign off`,
              ).then((ok) => ok && close())
            }}
          />
        </Stack>
      ),
    },
  }
}
RevokeCredentialAction.displayName = 'RevokeCredentialAction'
