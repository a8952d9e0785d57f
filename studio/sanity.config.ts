import {createClient} from '@sanity/client'
import {visionTool} from '@sanity/vision'
import {schemaTypes} from '@vetted/schemas'
import {defineConfig} from 'sanity'
import {vettedWorkflow} from './src/plugin.ts'
import {studioApiTarget} from './studioEnv.ts'

const {projectId, dataset, apiHost, localLake} = studioApiTarget

/** Review records are written only by the publisher service; site settings is a single document. */
const notCreatableInStudio = new Set(['medicalReview', 'siteSettings'])

export default defineConfig({
  name: 'default',
  title: 'Vetted',
  projectId,
  dataset,
  apiHost,
  auth: {loginMethod: 'token', apiHost},
  // The lake answers on one origin; `local.localhost` would need its own certificate exception.
  unstable_clientFactory: localLake
    ? (options) => createClient({...options, useProjectHostname: false})
    : undefined,
  schema: {types: schemaTypes},
  plugins: [vettedWorkflow(), visionTool({defaultApiVersion: '2025-02-19'})],
  document: {
    comments: {enabled: false},
    newDocumentOptions: (templates) =>
      templates.filter((template) => !notCreatableInStudio.has(template.templateId)),
  },
  // groq2024 search sends text::query(), which the local lake's groq-js does not implement.
  search: {strategy: 'groqLegacy'},
  releases: {enabled: false},
  scheduledPublishing: {enabled: false},
  scheduledDrafts: {enabled: false},
  tasks: {enabled: false},
  announcements: {enabled: false},
  mediaLibrary: {enabled: false},
  advancedVersionControl: {enabled: false},
})
