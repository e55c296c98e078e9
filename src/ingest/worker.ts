import { prepareDocument } from './prepare.js';
import type { SourceItem } from './sources.js';

/** The extraction worker's task: one input in, a document or a rejection out. */
export default function prepareTask({ item, maxBytes }: { item: SourceItem; maxBytes: number }) {
  return prepareDocument(item, maxBytes);
}
