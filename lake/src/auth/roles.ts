export const roleNames = ['administrator', 'editor', 'contributor', 'viewer'] as const
export type RoleName = (typeof roleNames)[number]

export type Permission = 'read' | 'create' | 'update' | 'history'

/** One entry of a dataset ACL: the permissions hold on every document the GROQ filter matches. */
export interface Grant {
  filter: string
  permissions: Permission[]
}

const everything = '_id in path("**")'
const drafts = '_id in path("drafts.**")'

/** Sanity's built-in roles, in the shape `GET /projects/{id}/datasets/{ds}/acl` answers. */
const roleGrants: Record<RoleName, Grant[]> = {
  administrator: [{filter: everything, permissions: ['history', 'read', 'update', 'create']}],
  editor: [{filter: everything, permissions: ['history', 'read', 'update', 'create']}],
  contributor: [
    {filter: everything, permissions: ['read']},
    {filter: drafts, permissions: ['history', 'read', 'update', 'create']},
  ],
  viewer: [{filter: everything, permissions: ['history', 'read']}],
}

export const grantsForRole = (role: RoleName | null): Grant[] => (role ? roleGrants[role] : [])

const roleTitles: Record<RoleName, string> = {
  administrator: 'Administrator',
  editor: 'Editor',
  contributor: 'Contributor',
  viewer: 'Viewer',
}

export const roleSummary = (role: RoleName) => ({
  name: role,
  title: roleTitles[role],
  description: `${roleTitles[role]} role`,
})
