/** Byte encodings shared by fingerprints, signatures and keys; WebCrypto only, no Buffer. */

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text)
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', utf8(text)))
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}

export function base64UrlEncode(bytes: Uint8Array): string {
  return toBase64(bytes).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

/**
 * Strict base64url (RFC 4648 §5, no padding): returns undefined for anything else, including
 * encodings with stray trailing bits, so one signature has exactly one accepted spelling.
 */
export function base64UrlDecode(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined
  const bytes = fromBase64(text.replaceAll('-', '+').replaceAll('_', '/'))
  return base64UrlEncode(bytes) === text ? bytes : undefined
}

/** PEM armour (RFC 7468) around DER bytes, 64 characters a line. */
export function toPem(label: string, der: Uint8Array): string {
  const lines = toBase64(der).match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

/**
 * The DER bytes inside a PEM block with this label, or undefined when there is none. Accepts
 * the forms PEMs take in environment variables: CRLF line ends, literal `\n` escapes, and
 * surrounding whitespace.
 */
export function fromPem(label: string, pem: string): Uint8Array<ArrayBuffer> | undefined {
  const text = pem.replaceAll('\\n', '\n').trim()
  const match = new RegExp(
    `^-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----$`,
  ).exec(text)
  const body = match?.[1]?.replace(/\s+/g, '')
  if (!body) return undefined
  try {
    return fromBase64(body)
  } catch {
    return undefined
  }
}
