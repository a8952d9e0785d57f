import type {LakeUser} from '../auth/users.ts'
import {roleSummary} from '../auth/roles.ts'
import {json} from '../server/reply.ts'
import type {LakeRequest} from '../server/request.ts'
import type {Route} from '../server/router.ts'

/*
 * Calls the Studio makes to sanity.io's management, telemetry and onboarding APIs. A local lake
 * has no organisation, billing or telemetry: each answers the "nothing to see" value the Studio
 * handles without degrading.
 */

const createdAt = '2026-01-01T00:00:00Z'

function project(request: LakeRequest, projectId: string, users: readonly LakeUser[]) {
  return {
    id: projectId,
    displayName: 'Vetted (local lake)',
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    metadata: {},
    maxRetentionDays: 3650,
    activityFeedEnabled: false,
    createdAt,
    organizationId: null,
    members: users.map((user) => ({
      id: user.id,
      role: user.role,
      roles: [{name: user.role, title: roleSummary(user.role).title}],
      isCurrentUser: user.id === request.user?.id,
      isRobot: user.robot,
    })),
    features: [],
    pendingInvites: 0,
  }
}

const constant = (path: string, body: unknown, method: Route['method'] = 'GET'): Route => ({
  method,
  path,
  handler: () => json(body),
})

export function stubRoutes(options: {
  projectId: string
  dataset: string
  users: readonly LakeUser[]
}): Route[] {
  const {projectId, dataset, users} = options
  return [
    constant('/ping', 'PONG'),
    constant('/check/cors', {result: {allowed: true, withCredentials: true}}),
    constant('/features', []),
    constant('/help', {}),
    constant('/access/requests/me', []),
    constant('/intake/telemetry-status', {status: 'denied'}),
    constant('/intake/*', {}, ['POST', 'PUT']),
    constant('/journey/*', {}),
    {
      method: 'GET',
      path: '/projects/:projectId',
      handler: (request) => json(project(request, projectId, users)),
    },
    constant('/projects/:projectId/user-applications', []),
    constant('/projects/:projectId/grants', {
      'sanity.project': [
        {grants: [{name: 'read'}, {name: 'update'}, {name: 'createSession'}], config: {}},
      ],
      'sanity.project.members': [{grants: [{name: 'read'}], config: {}}],
    }),
    {
      method: 'GET',
      path: '/projects/:projectId/datasets',
      // The Studio looks for add-on datasets (comments) with ?addonFor=: the local lake has none.
      handler: (request) =>
        json(
          request.query.has('addonFor')
            ? []
            : [
                {
                  name: dataset,
                  aclMode: 'private',
                  createdAt,
                  createdByUserId: null,
                  addonFor: null,
                  datasetProfile: 'content',
                  features: [],
                  tags: [],
                },
              ],
        ),
    },
  ]
}
