import {definePlugin} from 'sanity'
import {structureTool} from 'sanity/structure'
import {reviewActions} from './actions/index.ts'
import {reviewBadges} from './badges/index.ts'
import {citationFormInput} from './components/citations/citationFormInput.tsx'
import {defaultDocumentNode, structure} from './structure/structure.ts'

/**
 * The review workflow: desk structure with review queues, review actions replacing Publish and
 * Unpublish, state badges, the Review tab, and reference paste / DOI lookup on citations.
 */
export const vettedWorkflow = definePlugin({
  name: 'vetted-workflow',
  plugins: [structureTool({structure, defaultDocumentNode})],
  document: {actions: reviewActions, badges: reviewBadges},
  form: {components: {input: citationFormInput}},
})
