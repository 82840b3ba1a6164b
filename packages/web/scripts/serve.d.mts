import type {Server} from 'node:http'

/** Serve `dir` on `port` (0: any free port) on the loopback interface only. */
export function serveSite(
  dir: string,
  port?: number,
  host?: string
): Promise<{server: Server; url: string}>
