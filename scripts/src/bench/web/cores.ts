import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import os from 'node:os'

const taskset = '/usr/bin/taskset'

/**
 * Server and load generator on separate cores, so neither measures the other's CPU. Needs two
 * cores and util-linux's taskset (Debian has it); without them the benchmark says so and runs
 * unpinned.
 */
export const canPin = () => os.cpus().length >= 2 && existsSync(taskset)

export const serverCore = 0
export const generatorCore = 1

/** Pins every thread of process `pid` (and the processes and threads it starts later) to `core`. */
export function pinProcess(pid: number, core: number): void {
  if (!canPin()) return
  spawnSync(taskset, ['-a', '-p', '-c', String(core), String(pid)], {stdio: 'ignore'})
}

/** The command line that runs `command args` on `core` (or as is, when pinning is unavailable). */
export function onCore(core: number, command: string, args: string[]): [string, string[]] {
  return canPin() ? [taskset, ['-c', String(core), command, ...args]] : [command, args]
}
