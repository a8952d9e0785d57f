import {z} from 'zod'

/*
 * JSON-RPC 2.0 as @sanity/bifur-client 2.0.2 (the Studio's presence client) speaks it: every
 * request carries `params.apiVersion: "v1"`, the token arrives in an `authorization` request,
 * subscriptions answer their id and then notify `<name>_subscription` with
 * `{subscription, result}`, and the bare text frame "♥" is a heartbeat, never JSON.
 */

export const heartbeat = '♥'

/** Bifur's own codes (the client exports them as ERROR_CODES), JSON-RPC's where it has one. */
export const rpcErrorCodes = {
  unauthorized: 4001,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internalError: -32603,
  parseError: -32700,
} as const

export class RpcError extends Error {
  override name = 'RpcError'
  readonly code: number
  /** Whether the server ends the socket after answering (a token it does not know). */
  readonly closesSocket: boolean
  constructor(code: number, message: string, options: {closesSocket?: boolean} = {}) {
    super(message)
    this.code = code
    this.closesSocket = options.closesSocket ?? false
  }
}

const requestId = z.union([z.string().max(200), z.number()])

export const rpcRequestSchema = z.object({
  jsonrpc: z.literal('2.0', {error: 'must be "2.0"'}),
  method: z.string().min(1).max(100),
  params: z.record(z.string(), z.unknown()).optional(),
  // Without an id a request is a notification: run, never answered.
  id: requestId.optional(),
})
export type RpcRequest = z.infer<typeof rpcRequestSchema>

/** The id of something that failed to parse as a request, to answer it when it had one. */
export function requestIdOf(message: unknown): string | number | null {
  if (typeof message !== 'object' || message === null || !('id' in message)) return null
  const parsed = requestId.safeParse(message.id)
  return parsed.success ? parsed.data : null
}

const sessionId = z.string().min(1).max(100)

const pathSegment = z.union([
  z.string(),
  z.number(),
  z.object({_key: z.string()}),
  z.tuple([z.union([z.number(), z.literal('')]), z.union([z.number(), z.literal('')])]),
])

/** One place a Studio session is (packages/sanity/src/core/store/presence/types.ts). */
const locationSchema = z.object({
  type: z.literal('document'),
  documentId: z.string().min(1).max(200),
  path: z.array(pathSegment).max(100),
  lastActiveAt: z.string().max(40),
  // The editor's text selection: passed on to the other Studios as it came.
  selection: z.unknown().optional(),
})
export type PresenceLocation = z.infer<typeof locationSchema>

export const paramsSchemas = {
  authorization: z.object({authorization: z.string().max(4096)}),
  presence_subscribe: z.object({}),
  presence_unsubscribe: z.object({subscriptionId: z.string().max(100)}),
  presence_rollcall: z.object({session: sessionId}),
  presence_announce: z.object({
    data: z.object({sessionId, locations: z.array(locationSchema).max(100)}),
  }),
  presence_disconnect: z.object({session: sessionId}),
}
export type RpcMethod = keyof typeof paramsSchemas

export const isRpcMethod = (method: string): method is RpcMethod =>
  Object.hasOwn(paramsSchemas, method)

/** What `bifur.listen('presence')` receives (bifurTransport.ts's IncomingBifurEvent). */
export type PresenceEvent =
  | {type: 'rollCall'; i: string; session: string}
  | {type: 'state'; i: string; m: {sessionId: string; locations: PresenceLocation[]}}
  | {type: 'disconnect'; i: string; m: {session: string}}

export const resultMessage = (id: string | number, result: unknown) =>
  JSON.stringify({jsonrpc: '2.0', id, result})

export const errorMessage = (id: string | number | null, error: RpcError) =>
  JSON.stringify({jsonrpc: '2.0', id, error: {code: error.code, message: error.message}})

export const notificationMessage = (subscription: string, result: PresenceEvent) =>
  JSON.stringify({jsonrpc: '2.0', method: 'presence_subscription', params: {subscription, result}})

/** The first problem zod found, as "where: what". */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'invalid'
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message
}
