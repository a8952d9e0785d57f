import {startSystem, type RunningSystem} from './src/dev/system.ts'
import {publishDemoContent} from './src/review/demoPublishing.ts'
import {defaultTopology} from './src/dev/topology.ts'

function banner(system: RunningSystem) {
  const people = system.users.filter((user) => !user.id.startsWith('r'))
  const width = Math.max(...people.map((user) => user.name.length))
  console.log(`
Vetted is running.

  Studio   ${system.urls.studio}
           (self-signed certificate: accept it once in your browser)
  Site     ${system.urls.web}
  API      ${system.urls.lakeHttps}  (server-side: ${system.urls.lakeHttp})

Demo logins: open the Studio and pick a person on its login page.
${people.map((user) => `  ${user.name.padEnd(width)}  ${user.role.padEnd(13)}  token ${user.token}`).join('\n')}

Data lives in ${system.topology.dataDir} (delete it to start again from the seeds).
Press Ctrl-C to stop.
`)
}

const system = await startSystem(defaultTopology(), {web: 'dev'})
try {
  // The curated content goes through the same door editors use, so the site opens reviewed.
  const demo = await publishDemoContent({
    serviceUrl: system.urls.web,
    lakeUrl: system.urls.lakeHttp,
    userToken: system.userToken,
  })
  if (demo.published.length > 0) {
    console.log(
      `Reviewed and published ${demo.published.length} demo documents through the service.`,
    )
  }
} catch (error) {
  await system.stop()
  throw error
}
banner(system)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log('\nStopping…')
    void system.stop().then(() => process.exit(0))
  })
}
