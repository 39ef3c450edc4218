import { describe, expect, test } from 'vitest';
import { quotesShown, textOf } from './shown-quotes';

describe('quotesShown', () => {
	test('reads a quote split by marks and hydration comments as one text', () => {
		const html =
			'<blockquote class="s"><p class="s"><!--[--><!--[-1-->an air base in <!--]--><mark class="names" title="names &quot;Fort&quot; > Gate">Latakia</mark><!--]--> and more</p></blockquote>';
		expect(quotesShown(html)).toEqual(['an air base in Latakia and more']);
	});

	test('decodes what Svelte escapes, so straight quotes, & and < read as typed', () => {
		const html = '<blockquote><p>He said "go" &amp; 3 &lt; 4 &gt; 2 — it’s “done” &#x200F;&#8207;</p></blockquote>';
		expect(quotesShown(html)).toEqual(['He said "go" & 3 < 4 > 2 — it’s “done” \u200f\u200f']);
	});

	test('ignores text outside quotations, such as serialized page data', () => {
		expect(quotesShown('<script>const data = {quote:"He said \\"go\\""}</script><p>He said "go"</p>')).toEqual([]);
	});

	test('lists every quotation of the page, in order', () => {
		expect(quotesShown('<blockquote><p>one</p></blockquote><li><blockquote dir="rtl" lang="ar"><p>اثنان</p></blockquote>')).toEqual(['one', 'اثنان']);
	});
});

test('textOf keeps a right-to-left mark typed as a character', () => {
	expect(textOf('<b>\u200fدمشق</b>')).toBe('\u200fدمشق');
});
