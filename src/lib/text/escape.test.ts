import { expect, test } from 'vitest';
import { escapeMarkup } from './escape';

test('every character that could open a tag, an entity or end an attribute is escaped', () => {
	expect(escapeMarkup(`<img src=x onerror="a('b')"> & co`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co');
});

test('escaping twice escapes the ampersands again: it is done once, where text meets markup', () => {
	expect(escapeMarkup(escapeMarkup('&'))).toBe('&amp;amp;');
	expect(escapeMarkup('Damascus → Moscow, دمشق')).toBe('Damascus → Moscow, دمشق');
});
