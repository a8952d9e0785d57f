import type {ReactNode} from 'react'
import {safeHref} from './safeHref.ts'

/** A link only when the target is safe; an external one says so (visibly and to screen readers). */
export function SafeLink({href, children}: {href: unknown; children: ReactNode}) {
  const target = safeHref(href)
  if (!target) return <>{children}</>
  if (!target.external) return <a href={target.href}>{children}</a>
  return (
    <a href={target.href} className="external" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (external site)</span>
    </a>
  )
}
