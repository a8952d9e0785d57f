import type {LakeUser} from './users.ts'

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => entities[char] ?? char)

const style = `
  body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f6f6f8;color:#1b1d23}
  main{max-width:28rem;margin:8vh auto;padding:2rem;background:#fff;border-radius:12px;
    box-shadow:0 2px 12px rgba(0,0,0,.08)}
  h1{font-size:1.3rem;margin:0 0 .25rem} p{margin:.25rem 0 1.25rem;color:#555}
  ul{list-style:none;padding:0;margin:0} li{margin:.5rem 0}
  a.user{display:flex;justify-content:space-between;gap:1rem;padding:.8rem 1rem;border:1px solid #ddd;
    border-radius:8px;text-decoration:none;color:inherit} a.user:hover{border-color:#2276fc;background:#f2f7ff}
  .role{color:#666;font-size:.9rem}`

/** The lake's login provider page: pick one of the demo people (robots sign in by token only). */
export function loginPage(users: readonly LakeUser[], pickUrl: (user: LakeUser) => string): string {
  const people = users.filter((user) => !user.robot)
  const items = people
    .map(
      (user) =>
        `<li><a class="user" href="${escapeHtml(pickUrl(user))}" data-user-id="${escapeHtml(user.id)}">` +
        `<span>${escapeHtml(user.name)}</span><span class="role">${escapeHtml(user.role)}</span></a></li>`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Sign in to the local lake</title><style>${style}</style></head>
<body><main><h1>Sign in to the local lake</h1>
<p>Choose a demo user. Each has the role shown; the lake enforces it on every request.</p>
<ul>
${items}
</ul></main></body></html>`
}

export function loginErrorPage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cannot sign in</title>
<style>${style}</style></head><body><main><h1>Cannot sign in</h1><p>${escapeHtml(message)}</p></main></body></html>`
}
