import type {Metadata, Viewport} from 'next'
import type {ReactNode} from 'react'
import {SiteFooter} from '../components/layout/SiteFooter.tsx'
import {SiteHeader} from '../components/layout/SiteHeader.tsx'
import {env} from '../env.ts'
import {getSiteSettings} from '../sanity/fetch/settings.ts'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const {siteName} = await getSiteSettings()
  return {
    metadataBase: new URL(env.SITE_URL),
    title: {
      default: `${siteName}: medically reviewed health information`,
      template: `%s | ${siteName}`,
    },
    description:
      'Health information on conditions and treatments, written by clinical editors and signed off by credentialed medical reviewers, with every source numbered.',
    alternates: {types: {'application/atom+xml': '/feed.xml'}},
  }
}

export const viewport: Viewport = {
  themeColor: '#1f4e5f',
  colorScheme: 'light',
}

export default async function RootLayout({children}: {children: ReactNode}) {
  const settings = await getSiteSettings()
  return (
    <html lang="en">
      <body>
        <SiteHeader siteName={settings.siteName} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter settings={settings} />
      </body>
    </html>
  )
}
