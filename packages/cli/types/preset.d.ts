// Types of `whatfor/preset` (dist/preset.js, a bundle of @whatfor/preset).
// Written by hand: the bundle's own types span a dozen workspace packages.
// `unified` is an optional peer: a project that uses the preset from code has it.
import type {Preset} from 'unified'

/**
 * whatfor's rules as a unified preset, for any `.remarkrc`
 * (`"plugins": ["whatfor/preset"]`) or `unified().use(preset)`: front matter
 * and GFM, every rule at its catalogue severity, and
 * `<!-- whatfor disable|enable|ignore RULE -->` comments.
 */
declare const preset: Preset
export default preset

/** The ids of whatfor's rules, as configs and comments name them. */
export declare const ruleIds: readonly string[]
