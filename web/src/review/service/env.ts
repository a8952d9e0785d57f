import 'server-only'
import {parseServiceConfig, type ServiceConfig} from './config.ts'

let parsed: ServiceConfig | undefined

/** The publisher service's settings, parsed from the environment on first use. */
export function serviceConfig(): ServiceConfig {
  parsed ??= parseServiceConfig(process.env)
  return parsed
}
