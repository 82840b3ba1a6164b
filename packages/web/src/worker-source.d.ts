/** The lint worker's script, bundled by scripts/build.mjs and carried inside the page's script. */
declare module 'whatfor:worker-source' {
  const source: string
  export default source
}
