/**
 * Whether a word begins with a capital (`CAPITAL_START`) or a lower-case letter (`LOWER_START`), as the resolvers and
 * the meeting cues read words. Module constants: tsx compiles `\p{..}` literals into `new RegExp(...)` built each time
 * the expression runs, so a pattern tested per word or per span is built once here (no g or y flag: `test` keeps no state).
 */
export const CAPITAL_START = /^\p{Lu}/u;
export const LOWER_START = /^\p{Ll}/u;
