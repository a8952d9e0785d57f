import {
  PortableText,
  type PortableTextBlock,
  type PortableTextComponentProps,
  type PortableTextComponents,
} from '@portabletext/react'
import type {ReactNode} from 'react'
import type {RichText as RichTextValue} from '../../sanity/types.ts'
import {CitationRef} from '../citations/CitationRef.tsx'
import {SafeLink} from './SafeLink.tsx'

const nothing = () => null
const plain = ({children}: {children?: ReactNode}) => <>{children}</>

/** The content model's block styles; any other style (h1, h5…) is read as a paragraph. */
function Block({value, children}: PortableTextComponentProps<PortableTextBlock>) {
  switch (value.style) {
    case 'h2':
      return <h2>{children}</h2>
    case 'h3':
      return <h3>{children}</h3>
    case 'h4':
      return <h4>{children}</h4>
    case 'blockquote':
      return <blockquote>{children}</blockquote>
    default:
      return <p>{children}</p>
  }
}

const components: PortableTextComponents = {
  block: Block,
  list: {
    bullet: ({children}) => <ul>{children}</ul>,
    number: ({children}) => <ol>{children}</ol>,
  },
  listItem: ({children}) => <li>{children}</li>,
  marks: {
    strong: ({children}) => <strong>{children}</strong>,
    em: ({children}) => <em>{children}</em>,
    link: ({value, children}) => <SafeLink href={value?.href}>{children}</SafeLink>,
    // Decorators outside the content model render as their text.
    underline: plain,
    'strike-through': plain,
    code: plain,
  },
  // Content the site does not know renders as nothing (or as plain text), never as debug markup.
  types: {citationRef: ({value}) => <CitationRef value={value} />},
  unknownType: nothing,
  unknownMark: plain,
  unknownList: ({children}) => <ul>{children}</ul>,
  unknownListItem: ({children}) => <li>{children}</li>,
}

/**
 * Portable Text body. Citation annotations must be numbered first (`numberCitations`): they
 * arrive as `citationRef` nodes; an unnumbered `citation` mark renders as plain text.
 */
export function RichText({value}: {value: RichTextValue}) {
  return <PortableText value={value} components={components} onMissingComponent={false} />
}
