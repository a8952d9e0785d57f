import {Button, Flex, Stack, Text, TextArea, TextInput} from '@sanity/ui'
import {useId, useState, type FormEvent} from 'react'

export interface FormField {
  name: string
  label: string
  description?: string
  required?: boolean
  multiline?: boolean
}

interface FieldsFormProps {
  fields: FormField[]
  submitText: string
  tone: 'positive' | 'caution' | 'critical' | 'primary'
  busy: boolean
  onSubmit: (values: Record<string, string>) => void
  onCancel: () => void
}

/** A small form of text fields for a review dialog; required fields must hold more than spaces. */
export function FieldsForm({fields, submitText, tone, busy, onSubmit, onCancel}: FieldsFormProps) {
  const id = useId()
  const [values, setValues] = useState<Record<string, string>>({})
  const missing = fields.filter((field) => field.required && !(values[field.name] ?? '').trim())
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (missing.length === 0) onSubmit(values)
  }
  return (
    <form onSubmit={submit}>
      <Stack gap={4}>
        {fields.map((field) => {
          const inputId = `${id}-${field.name}`
          const change = (value: string) =>
            setValues((current) => ({...current, [field.name]: value}))
          return (
            <Stack gap={2} key={field.name}>
              <Text as="label" htmlFor={inputId} size={1} weight="semibold">
                {field.label}
                {field.required ? ' (required)' : ''}
              </Text>
              {field.description && (
                <Text size={1} muted>
                  {field.description}
                </Text>
              )}
              {field.multiline ? (
                <TextArea
                  id={inputId}
                  rows={4}
                  value={values[field.name] ?? ''}
                  onChange={(event) => change(event.currentTarget.value)}
                />
              ) : (
                <TextInput
                  id={inputId}
                  value={values[field.name] ?? ''}
                  onChange={(event) => change(event.currentTarget.value)}
                />
              )}
            </Stack>
          )
        })}
        <Flex gap={2} justify="flex-end">
          <Button text="Cancel" mode="bleed" onClick={onCancel} disabled={busy} />
          <Button
            type="submit"
            text={busy ? 'Sending…' : submitText}
            tone={tone}
            disabled={busy || missing.length > 0}
          />
        </Flex>
      </Stack>
    </form>
  )
}
