// `pnpm web`: build the page and serve it on http://127.0.0.1:8080/ (PORT to change).
import {buildSite, defaultOutdir} from './build.mjs'
import {serveSite} from './serve.mjs'

const files = await buildSite(defaultOutdir)
for (const file of files)
  console.log(`${file.name.padEnd(12)} ${(file.bytes / 1024).toFixed(1)} KB`)
const port = Number.parseInt(process.env.PORT ?? '8080', 10)
try {
  const {url} = await serveSite(defaultOutdir, port)
  console.log(`whatfor's page: ${url} (Ctrl+C to stop)`)
} catch (error) {
  console.error(
    `whatfor: cannot serve the page on port ${port}: ${error.message} (set PORT to use another)`
  )
  process.exitCode = 2
}
