/** The folder of the web package. */
export const webRoot: string
/** Where `pnpm web` builds the page. */
export const defaultOutdir: string
/** Build the page into `outdir`; resolves to the files written, with their sizes. */
export function buildSite(outdir?: string): Promise<Array<{name: string; bytes: number}>>
