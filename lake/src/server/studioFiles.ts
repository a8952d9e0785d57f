import {existsSync, statSync} from 'node:fs'
import path from 'node:path'
import type {Reply} from './reply.ts'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile()

function fileReply(file: string): Reply {
  const hashed = file.includes(`${path.sep}static${path.sep}`)
  return {
    kind: 'file',
    path: file,
    contentType: contentTypes[path.extname(file)] ?? 'application/octet-stream',
    cacheControl: hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  }
}

/**
 * Serves a built Studio under /studio: existing files as they are (hashed assets cached for a
 * year), every other path as index.html so the Studio's own router takes over. A Studio built
 * without `project.basePath` in sanity.cli.ts links its assets at /static/…: those are served too.
 */
export function studioFiles(studioDir: string, mount = '/studio') {
  const root = path.resolve(studioDir)
  return (pathname: string): Reply | null => {
    if (pathname.startsWith('/static/') || pathname === '/favicon.ico') {
      const asset = path.resolve(root, `.${pathname}`)
      return asset.startsWith(`${root}${path.sep}`) && isFile(asset) ? fileReply(asset) : null
    }
    if (pathname !== mount && !pathname.startsWith(`${mount}/`)) return null
    if (pathname === mount) return {kind: 'redirect', location: `${mount}/`}
    let relative: string
    try {
      relative = decodeURIComponent(pathname.slice(mount.length))
    } catch {
      relative = '/'
    }
    const candidate = path.resolve(root, `.${relative}`)
    const inside = candidate === root || candidate.startsWith(`${root}${path.sep}`)
    const file = inside && isFile(candidate) ? candidate : path.join(root, 'index.html')
    if (!isFile(file))
      return {
        kind: 'text',
        status: 404,
        contentType: 'text/plain; charset=utf-8',
        body: `No built Studio in ${root}: run "npm run studio:build" first`,
      }
    return fileReply(file)
  }
}
