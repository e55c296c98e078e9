/**
 * Reuters instrument codes: a ticker with its exchange ("FRE.N", "RDSa.L", "7203.T", "GMGMQ.PK") or an index
 * (".DJI", ".SPX"). One pattern for every stage that must know them: the tokenizer keeps a code whole and lets
 * it end no sentence, resolution cuts it off the name it follows, and the corpus counts read it as a company cue.
 */

/** A ticker and its exchange, as pattern source without anchors: "FRE.N", "RDSa.L", "7203.T". */
export const TICKER_CODE = String.raw`[A-Z0-9]{1,7}[a-z]{0,2}\.[A-Z]{1,3}`;

/** An index code, as pattern source without anchors: ".DJI", ".SPX". */
export const INDEX_CODE = String.raw`\.[A-Z][A-Z0-9]{1,6}`;

const WHOLE = new RegExp(`^(?:${TICKER_CODE}|${INDEX_CODE})$`);

/** A whole word that is an instrument code ("FRE.N", ".DJI"; not "Apple", "U.S."). */
export function isInstrumentCode(word: string): boolean {
  return WHOLE.test(word);
}
