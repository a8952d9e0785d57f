import type {LakeUser} from '../auth/users.ts'
import type {PresenceEvent} from './protocol.ts'

/** One open socket, as a room sees it. */
export interface Peer {
  /** Null until an `authorization` request succeeds; such a peer hears nothing. */
  readonly user: LakeUser | null
  readonly subscriptions: ReadonlySet<string>
  notify(subscription: string, event: PresenceEvent): void
}

/**
 * The sockets of one dataset. The lake keeps no presence state of its own: Studios answer each
 * other's roll calls. It does remember which socket speaks for which Studio session, so that a
 * socket that goes away is announced as a `disconnect` for its sessions, and so that nobody can
 * disconnect or overwrite another person's session.
 */
export interface PresenceRoom {
  join(peer: Peer): void
  /** Removes the peer and tells the others its sessions ended. */
  leave(peer: Peer): void
  /** True when the session is new or already this user's; it then belongs to this peer. */
  claim(peer: Peer, user: LakeUser, session: string): boolean
  /** Forgets the session; false when it belongs to someone else. */
  release(user: LakeUser, session: string): boolean
  publish(event: PresenceEvent): void
}

export function createPresenceRoom(): PresenceRoom {
  const peers = new Set<Peer>()
  const owners = new Map<string, {peer: Peer; userId: string}>()

  const publish = (event: PresenceEvent) => {
    for (const peer of peers) {
      if (!peer.user) continue
      for (const subscription of peer.subscriptions) peer.notify(subscription, event)
    }
  }

  return {
    join: (peer) => void peers.add(peer),
    leave(peer) {
      if (!peers.delete(peer)) return
      for (const [session, owner] of owners) {
        if (owner.peer !== peer) continue
        owners.delete(session)
        publish({type: 'disconnect', i: owner.userId, m: {session}})
      }
    },
    claim(peer, user, session) {
      const owner = owners.get(session)
      if (owner && owner.userId !== user.id) return false
      // The same person's reconnecting tab: the newer socket now speaks for the session.
      owners.set(session, {peer, userId: user.id})
      return true
    },
    release(user, session) {
      const owner = owners.get(session)
      if (owner && owner.userId !== user.id) return false
      owners.delete(session)
      return true
    },
    publish,
  }
}
