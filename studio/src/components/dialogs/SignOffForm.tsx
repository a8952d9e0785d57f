import {Box, Button, Card, Checkbox, Flex, Stack, Text, TextArea, TextInput} from '@sanity/ui'
import {useId, useState, type FormEvent} from 'react'

export const checklistItems = [
  ['claimsChecked', 'Every clinical claim is checked against the sources it cites'],
  ['citationsVerified', 'The citations exist and say what they are cited for'],
  ['dosagesChecked', 'Doses and frequencies are checked (or there are none)'],
  ['noPromotionalContent', 'There is no promotional content'],
] as const

type ChecklistKey = (typeof checklistItems)[number][0]

export interface SignOffInput {
  checklist: Record<ChecklistKey, boolean>
  conflictOfInterest: {declared: boolean; statement?: string}
  notes: string
  nextReviewDue?: string
}

interface SignOffFormProps {
  title: string
  busy: boolean
  onSubmit: (input: SignOffInput) => void
  onCancel: () => void
}

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)

/** The reviewer's sign-off: checklist, conflict-of-interest declaration, review date, notes. */
export function SignOffForm({title, busy, onSubmit, onCancel}: SignOffFormProps) {
  const id = useId()
  const [checked, setChecked] = useState<Record<ChecklistKey, boolean>>({
    claimsChecked: false,
    citationsVerified: false,
    dosagesChecked: false,
    noPromotionalContent: false,
  })
  const [declared, setDeclared] = useState(false)
  const [statement, setStatement] = useState('')
  const [nextReviewDue, setNextReviewDue] = useState('')
  const [notes, setNotes] = useState('')
  const complete = Object.values(checked).every(Boolean) && (!declared || statement.trim() !== '')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!complete) return
    onSubmit({
      checklist: checked,
      conflictOfInterest: declared ? {declared, statement: statement.trim()} : {declared},
      notes: notes.trim(),
      ...(nextReviewDue ? {nextReviewDue} : {}),
    })
  }

  return (
    <form onSubmit={submit} aria-label={title}>
      <Stack gap={4}>
        <Text size={1} muted>
          Your sign-off is bound to exactly this version: any later edit needs a new one.
        </Text>
        <Card padding={3} radius={2} border>
          <Stack gap={3}>
            <Text size={1} weight="semibold">
              Checklist
            </Text>
            {checklistItems.map(([key, label]) => (
              <Flex as="label" key={key} gap={3} align="center">
                <Checkbox
                  checked={checked[key]}
                  onChange={(event) => {
                    const value = event.currentTarget.checked
                    setChecked((current) => ({...current, [key]: value}))
                  }}
                />
                <Text size={1}>{label}</Text>
              </Flex>
            ))}
          </Stack>
        </Card>
        <Stack gap={2}>
          <Flex as="label" gap={3} align="center">
            <Checkbox
              checked={declared}
              onChange={(event) => setDeclared(event.currentTarget.checked)}
            />
            <Text size={1}>I have a conflict of interest to declare (readers will see it)</Text>
          </Flex>
          {declared && (
            <TextArea
              aria-label="Conflict of interest statement"
              rows={2}
              value={statement}
              placeholder="e.g. I have received speaker fees from the maker of a product mentioned."
              onChange={(event) => setStatement(event.currentTarget.value)}
            />
          )}
        </Stack>
        <Stack gap={2}>
          <Text as="label" htmlFor={`${id}-due`} size={1} weight="semibold">
            Next review (optional)
          </Text>
          <Text size={1} muted>
            Leave empty for the site’s default interval; you may choose an earlier date.
          </Text>
          <Box style={{maxWidth: 220}}>
            <TextInput
              id={`${id}-due`}
              type="date"
              min={tomorrow()}
              value={nextReviewDue}
              onChange={(event) => setNextReviewDue(event.currentTarget.value)}
            />
          </Box>
        </Stack>
        <Stack gap={2}>
          <Text as="label" htmlFor={`${id}-notes`} size={1} weight="semibold">
            Notes
          </Text>
          <TextArea
            id={`${id}-notes`}
            rows={3}
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
          />
        </Stack>
        <Flex gap={2} justify="flex-end">
          <Button text="Cancel" mode="bleed" onClick={onCancel} disabled={busy} />
          <Button
            type="submit"
            tone="positive"
            text={busy ? 'Signing off…' : 'Approve this version'}
            disabled={busy || !complete}
          />
        </Flex>
      </Stack>
    </form>
  )
}
