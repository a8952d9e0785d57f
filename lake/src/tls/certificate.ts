import {X509Certificate} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {generate} from 'selfsigned'

export interface TlsMaterial {
  key: string
  cert: string
  certFile: string
}

/** Names a browser or client may use to reach the lake on this machine. */
const dnsNames = ['localhost', '*.localhost', 'local.localhost']
const ipAddresses = ['127.0.0.1', '::1']

/** Renewed this long before it expires, so a running lake never serves an expired certificate. */
const renewMarginMs = 30 * 24 * 60 * 60 * 1000
const validityDays = 397

function isUsable(certPem: string): boolean {
  try {
    const cert = new X509Certificate(certPem)
    const stillValid = new Date(cert.validTo).getTime() - Date.now() > renewMarginMs
    const names = cert.subjectAltName ?? ''
    return stillValid && dnsNames.every((name) => names.includes(`DNS:${name}`))
  } catch {
    return false
  }
}

/**
 * The self-signed certificate for localhost, *.localhost and 127.0.0.1, generated once into the
 * data folder and reused, so a person accepts it in the browser once (not on every start).
 */
export async function ensureCertificate(dataDir: string): Promise<TlsMaterial> {
  const dir = path.join(dataDir, 'tls')
  const keyFile = path.join(dir, 'localhost-key.pem')
  const certFile = path.join(dir, 'localhost-cert.pem')
  if (existsSync(keyFile) && existsSync(certFile)) {
    const cert = readFileSync(certFile, 'utf8')
    if (isUsable(cert)) return {key: readFileSync(keyFile, 'utf8'), cert, certFile}
  }

  const notBeforeDate = new Date(Date.now() - 60_000)
  const pems = await generate([{name: 'commonName', value: 'localhost'}], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + validityDays * 24 * 60 * 60 * 1000),
    extensions: [
      {name: 'basicConstraints', cA: true},
      {name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true},
      {name: 'extKeyUsage', serverAuth: true},
      {
        name: 'subjectAltName',
        altNames: [
          ...dnsNames.map((value) => ({type: 2 as const, value})),
          ...ipAddresses.map((ip) => ({type: 7 as const, ip})),
        ],
      },
    ],
  })
  mkdirSync(dir, {recursive: true})
  writeFileSync(keyFile, pems.private, {mode: 0o600})
  writeFileSync(certFile, pems.cert)
  return {key: pems.private, cert: pems.cert, certFile}
}
