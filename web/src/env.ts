import 'server-only'
import {parseServerEnv} from './envSchema.ts'

/** The server environment, parsed once at start; a missing value stops the app by name. */
export const env = parseServerEnv(process.env)
