import path from 'node:path'
import type {NextConfig} from 'next'

const securityHeaders = [
  {key: 'X-Content-Type-Options', value: 'nosniff'},
  {key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'},
  {key: 'X-Frame-Options', value: 'DENY'},
  {key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()'},
]

const nextConfig: NextConfig = {
  // @vetted/schemas ships TypeScript sources (with `.ts` import extensions); Next compiles them.
  transpilePackages: ['@vetted/schemas'],
  // The workspace root, so Turbopack resolves ../schemas and the pnpm store beside it.
  turbopack: {root: path.join(import.meta.dirname, '..')},
  outputFileTracingRoot: path.join(import.meta.dirname, '..'),
  // `npm test` type-checks web/ with `tsc -p web/tsconfig.json`; on two shared cores the build
  // should not do it a second time.
  typescript: {ignoreBuildErrors: true},
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{source: '/:path*', headers: securityHeaders}]
  },
}

export default nextConfig
