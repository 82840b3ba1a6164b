#!/usr/bin/env node
// Entry of the committed pre-commit bundle (hooks/whatfor.mjs): the `whatfor`
// command itself. esbuild keeps this hashbang line at the top of the bundle,
// so pre-commit can run the file directly on a machine with only node.
import '../../packages/cli/src/main.js'
