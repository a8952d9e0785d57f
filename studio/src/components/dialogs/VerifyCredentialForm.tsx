import {Card, Stack, Text} from '@sanity/ui'
import type {RecordedCredentialView} from '../../review/reviewStatus.ts'
import {CredentialDetails} from '../credentials/CredentialDetails.tsx'
import {FieldsForm} from './FieldsForm.tsx'

interface VerifyCredentialFormProps {
  name: string
  /** What will be signed: the published profile's credential, as the service reads it. */
  credential: RecordedCredentialView
  /** The profile has a draft: its changes are not what gets verified. */
  unpublishedChanges: boolean
  busy: boolean
  onSubmit: (input: {method: string; notes?: string}) => void
  onCancel: () => void
}

/** The administrator's verification: exactly what will be signed, and how it was checked. */
export function VerifyCredentialForm({
  name,
  credential,
  unpublishedChanges,
  busy,
  onSubmit,
  onCancel,
}: VerifyCredentialFormProps) {
  return (
    <Stack gap={4}>
      <Text size={1} muted>
        You sign what {name}’s published profile says now. Check it against the licence register
        first: from your verification until the date below, {name} may sign off clinical content.
      </Text>
      <Card padding={3} radius={2} border>
        <Stack gap={3}>
          <Text size={1} weight="semibold">
            What you verify
          </Text>
          <CredentialDetails credential={credential} />
        </Stack>
      </Card>
      {unpublishedChanges && (
        <Card padding={3} radius={2} tone="caution">
          <Text size={1}>
            This profile has unpublished changes. They are not part of what you verify: publish the
            profile first if they should be.
          </Text>
        </Card>
      )}
      <FieldsForm
        fields={[
          {
            name: 'method',
            label: 'How did you check it?',
            description:
              'e.g. “Licence found active on the Medical Board of California register; name and specialty match”',
            required: true,
          },
          {name: 'notes', label: 'Notes', multiline: true},
        ]}
        submitText="Verify credential"
        tone="positive"
        busy={busy}
        onCancel={onCancel}
        onSubmit={({method = '', notes = ''}) =>
          onSubmit({method: method.trim(), ...(notes.trim() ? {notes: notes.trim()} : {})})
        }
      />
    </Stack>
  )
}
