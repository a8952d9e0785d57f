import {PortableText, type PortableTextComponents} from '@portabletext/react'
import type {RichText as RichTextValue} from '../../sanity/types.ts'
import {CitationMark} from '../citations/CitationMark.tsx'
import {SafeLink} from './SafeLink.tsx'

const nothing = () => null

const components: PortableTextComponents = {
  block: {
    normal: ({children}) => <p>{children}</p>,
    h2: ({children}) => <h2>{children}</h2>,
    h3: ({children}) => <h3>{children}</h3>,
    h4: ({children}) => <h4>{children}</h4>,
    blockquote: ({children}) => <blockquote>{children}</blockquote>,
  },
  list: {
    bullet: ({children}) => <ul>{children}</ul>,
    number: ({children}) => <ol>{children}</ol>,
  },
  listItem: ({children}) => <li>{children}</li>,
  marks: {
    strong: ({children}) => <strong>{children}</strong>,
    em: ({children}) => <em>{children}</em>,
    link: ({value, children}) => <SafeLink href={value?.href}>{children}</SafeLink>,
    citation: ({value, children}) => <CitationMark mark={value}>{children}</CitationMark>,
  },
  // Content the site does not know renders as nothing (or as plain text), never as debug markup.
  types: {},
  unknownType: nothing,
  unknownMark: ({children}) => <>{children}</>,
  unknownBlockStyle: ({children}) => <p>{children}</p>,
  unknownList: ({children}) => <ul>{children}</ul>,
  unknownListItem: ({children}) => <li>{children}</li>,
}

/** Portable Text body. Citation annotations must be numbered first (`numberCitations`). */
export function RichText({value}: {value: RichTextValue}) {
  return <PortableText value={value} components={components} onMissingComponent={false} />
}
