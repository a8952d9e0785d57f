import {EyeOpenIcon} from '@sanity/icons/EyeOpen'
import {useToast} from '@sanity/ui/toast'
import {useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {z} from 'zod'
import {callService, ServiceRequestError} from '../review/serviceClient.ts'
import {useStudioToken} from '../review/useDocumentReview.ts'

const previewLinkSchema = z.object({url: z.url()})

/** Opens the page as it would look with this draft, through a short-lived signed link. */
export const PreviewAction: DocumentActionComponent = (props) => {
  const token = useStudioToken()
  const toast = useToast()
  const [opening, setOpening] = useState(false)
  return {
    label: opening ? 'Opening preview…' : 'Preview',
    icon: EyeOpenIcon,
    disabled: opening || (props.draft === null && props.published === null),
    title: 'Open this draft on the site (draft mode, this document only)',
    onHandle: () => {
      // Open the tab now, while the click still counts as the person's: a tab opened after
      // the network call would be blocked as a pop-up.
      const tab = window.open('about:blank', '_blank')
      setOpening(true)
      callService('preview-link', previewLinkSchema, {
        token,
        method: 'POST',
        body: {documentId: props.id},
      })
        .then(({url}) => {
          if (tab) tab.location.href = url
          else window.location.assign(url)
        })
        .catch((error: unknown) => {
          tab?.close()
          toast.push({
            status: 'error',
            title: 'No preview link',
            description: error instanceof ServiceRequestError ? error.describe() : String(error),
          })
        })
        .finally(() => setOpening(false))
    },
  }
}
PreviewAction.displayName = 'PreviewAction'
