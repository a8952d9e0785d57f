/** Marks a draft preview: unreviewed content, shown only to the person holding the preview link. */
export function DraftBanner() {
  return (
    <div className="draft-banner" role="status" data-draft-preview="true">
      <p>
        <strong>Draft — not yet reviewed.</strong> You are previewing unpublished content. Readers
        cannot see this version.
      </p>
      <form action="/api/draft-mode/disable" method="post">
        <button type="submit">Exit preview</button>
      </form>
    </div>
  )
}
