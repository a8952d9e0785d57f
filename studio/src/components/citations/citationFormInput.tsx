import type {InputProps, ObjectInputProps} from 'sanity'
import {CitationReferenceTools} from './CitationReferenceTools.tsx'

function isCitationForm(props: InputProps): props is ObjectInputProps {
  return props.schemaType.name === 'citation' && props.path.length === 0
}

/** Form input override: the citation document's form gets the paste and lookup tools on top. */
export function citationFormInput(props: InputProps) {
  return isCitationForm(props) ? <CitationReferenceTools {...props} /> : props.renderDefault(props)
}
