import type {MetadataRoute} from 'next'
import {env} from '../env.ts'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {userAgent: '*', allow: '/', disallow: ['/api/', '/search']},
    sitemap: `${env.SITE_URL}/sitemap.xml`,
  }
}
