import {readFileSync} from 'node:fs'
import {createServer} from 'node:http'

// The physical reference for the site benchmark: one HTML file from memory, nothing else.
// Usage: node staticServer.ts PORT FILE
const [port, file] = process.argv.slice(2)
if (!port || !file) {
  console.error('usage: staticServer.ts PORT FILE')
  process.exit(2)
}
const body = readFileSync(file)
createServer((_request, response) => {
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': body.length,
    'cache-control': 's-maxage=3600',
  })
  response.end(body)
}).listen(Number(port), '127.0.0.1', () => console.log(`static reference on ${port}`))
