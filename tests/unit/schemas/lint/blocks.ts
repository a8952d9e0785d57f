/** Portable Text blocks for lint tests, shaped as the Studio stores them. */

type Part = string | {text: string; cite?: string; href?: string}

let counter = 0

export function block(parts: Part | Part[], options: {style?: string; key?: string} = {}) {
  const list = Array.isArray(parts) ? parts : [parts]
  const markDefs: Record<string, unknown>[] = []
  const children = list.map((part, index) => {
    const span = typeof part === 'string' ? {text: part} : part
    const marks: string[] = []
    if (span.cite !== undefined) {
      // An empty id stands for an annotation whose source the editor has not picked yet.
      const key = `cite${index}`
      const source = span.cite ? {source: {_type: 'reference', _ref: span.cite}} : {}
      markDefs.push({_type: 'citation', _key: key, ...source})
      marks.push(key)
    }
    if (span.href) {
      const key = `link${index}`
      markDefs.push({_type: 'link', _key: key, href: span.href})
      marks.push(key)
    }
    return {_type: 'span', _key: `span${index}`, text: span.text, marks}
  })
  counter += 1
  return {
    _type: 'block',
    _key: options.key ?? `block${counter}`,
    style: options.style ?? 'normal',
    markDefs,
    children,
  }
}
