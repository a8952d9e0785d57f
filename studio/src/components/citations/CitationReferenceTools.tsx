import {Box, Button, Card, Flex, Stack, Text, TextArea, TextInput} from '@sanity/ui'
import {parseReference} from '@vetted/schemas/citations'
import {useState} from 'react'
import type {FormPatch, ObjectInputProps} from 'sanity'
import {citationPatches, filledFieldNames} from './fillCitation.ts'
import {CitationLookupError, lookUpDoi, lookUpPmid} from './lookup.ts'

type Message = {tone: 'positive' | 'caution' | 'critical'; text: string}

/**
 * Above the citation form: paste an AMA or Vancouver reference to fill the fields (offline),
 * or look a DOI or PMID up in Crossref / PubMed when there is a network.
 */
export function CitationReferenceTools(props: ObjectInputProps) {
  const {onChange, readOnly} = props
  const [reference, setReference] = useState('')
  const [identifier, setIdentifier] = useState('')
  const [message, setMessage] = useState<Message | null>(null)
  const [looking, setLooking] = useState(false)

  const apply = (patches: FormPatch[], extra: string[] = []) => {
    onChange(patches)
    const fields = filledFieldNames(patches)
    setMessage({
      tone: extra.length > 0 ? 'caution' : 'positive',
      text: [`Filled: ${fields.join(', ') || 'nothing'}.`, ...extra].join(' '),
    })
  }

  const fillFromReference = () => {
    const result = parseReference(reference)
    if (!result.ok) {
      setMessage({tone: 'critical', text: result.error.message})
      return
    }
    const notes = [
      ...(result.missing.length > 0 ? [`Not in the reference: ${result.missing.join(', ')}.`] : []),
      ...(result.unrecognised.length > 0
        ? [`Not used: “${result.unrecognised.join('”, “')}”.`]
        : []),
    ]
    apply(citationPatches(result.citation), notes)
  }

  const lookUp = async () => {
    setLooking(true)
    setMessage(null)
    try {
      const value = identifier.trim()
      const found = /^\d+$/.test(value) ? await lookUpPmid(value) : await lookUpDoi(value)
      apply(citationPatches(found))
    } catch (error) {
      const text =
        error instanceof CitationLookupError ? error.message : 'The lookup failed unexpectedly.'
      setMessage({
        tone: error instanceof CitationLookupError && error.offline ? 'caution' : 'critical',
        text,
      })
    } finally {
      setLooking(false)
    }
  }

  return (
    <Stack gap={4}>
      <Card padding={3} radius={2} border tone="transparent">
        <Stack gap={3}>
          <Text size={1} weight="semibold">
            Fill from a reference
          </Text>
          <TextArea
            rows={3}
            value={reference}
            readOnly={readOnly}
            placeholder="Paste one AMA or Vancouver reference, e.g. Hides JA, Richardson CA, Jull GA. Multifidus muscle recovery… Spine. 1996;21(23):2763-2769."
            onChange={(event) => setReference(event.currentTarget.value)}
            aria-label="Reference to parse"
          />
          <Flex gap={2} align="center" wrap="wrap">
            <Button
              text="Fill fields"
              mode="ghost"
              disabled={readOnly || reference.trim() === ''}
              onClick={fillFromReference}
            />
            <Box flex={1} style={{minWidth: 180}}>
              <TextInput
                value={identifier}
                readOnly={readOnly}
                placeholder="DOI or PMID"
                onChange={(event) => setIdentifier(event.currentTarget.value)}
                aria-label="DOI or PMID to look up"
              />
            </Box>
            <Button
              text={looking ? 'Looking up…' : 'Look up'}
              mode="ghost"
              disabled={readOnly || looking || identifier.trim() === ''}
              onClick={() => void lookUp()}
            />
          </Flex>
          {message && (
            <Card padding={2} radius={2} tone={message.tone} role="status">
              <Text size={1}>{message.text}</Text>
            </Card>
          )}
        </Stack>
      </Card>
      {props.renderDefault(props)}
    </Stack>
  )
}
