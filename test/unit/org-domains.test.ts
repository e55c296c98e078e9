import { describe, expect, it } from 'vitest';
import { withDomainNames } from '../../src/resolve/org-domains.ts';
import type { EntitySpan } from '../../src/extract/types.ts';
import { spansOf } from './spans-of.js';


describe('withDomainNames', () => {
  it('takes ".com" into the span before it and makes it a company', () => {
    const t = 'said TrueCar.com and Hulu.com, while Acme rose.';
    const out = withDomainNames(t, spansOf(t, [['TrueCar', 'ORG'], ['Hulu', 'MISC'], ['Acme', 'ORG']]));
    expect(out.map((e) => [e.text, e.label])).toEqual([['TrueCar.com', 'ORG'], ['Hulu.com', 'ORG'], ['Acme', 'ORG']]);
  });

  it('adds a name in ".com" the tagger missed, not an address in lower case, in a URL or an e-mail', () => {
    const t = 'rivals HotJobs.com and SimplyHired.com; see www.Acme.com, http://Foo.com or Bar@Baz.com and amazon.com.';
    expect(withDomainNames(t, []).map((e) => e.text)).toEqual(['HotJobs.com', 'SimplyHired.com']);
  });
});
