import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { deferBootstrap } from '../../src/lib/server/defer-bootstrap';

const hash = (script: string) => `sha256-${createHash('sha256').update(script).digest('base64')}`;

// The shape SvelteKit 2 prerenders: a policy in a meta tag and one inline bootstrap in the body.
const bootstrap = `
	{
		__sveltekit_x = { base: "" };
		const element = document.currentScript.parentElement;
		Promise.all([import("/_app/start.js"), import("/_app/app.js")]).then(([kit, app]) => kit.start(app, element, { node_ids: [0, 2] }));
	}
`;
const page = (script: string, policy = `script-src 'self' '${hash(script)}'`) =>
	`<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head>` +
	`<body><div style="display: contents"><main>Text</main><script type="application/json" data-url="/x">{"a":1}</script><script>${script}</script></div></body></html>`;

const inlineScript = (html: string) => /<script>([^<]*)<\/script>/.exec(html)![1]!;

describe('deferBootstrap', () => {
	test('replaces the bootstrap and its hash in the policy, and leaves the rest of the page as it was', () => {
		const html = deferBootstrap(page(bootstrap));
		const deferred = inlineScript(html);
		expect(html).toContain(`'${hash(deferred)}'`);
		expect(html).not.toContain(hash(bootstrap));
		expect(html.replace(deferred, '').replace(hash(deferred), '')).toBe(page('').replace(hash(''), ''));
	});

	test('reads document.currentScript at once (it is null later) and boots once, after the first contentful paint', () => {
		const deferred = inlineScript(deferBootstrap(page(bootstrap)));
		expect(deferred.indexOf('document.currentScript')).toBeLessThan(deferred.indexOf('const boot'));
		expect(deferred.match(/document\.currentScript/g)).toHaveLength(1);
		expect(deferred).toContain("'first-contentful-paint'");
		expect(deferred).toContain('if (booted) return;');
		// The original bootstrap is kept whole, with only its script reference swapped.
		expect(deferred).toContain(bootstrap.replace('document.currentScript', 'script'));
	});

	test('the deferred bootstrap is valid JavaScript', () => {
		expect(() => new Function(inlineScript(deferBootstrap(page(bootstrap))))).not.toThrow();
	});

	test('a page without a policy is deferred all the same', () => {
		const html = deferBootstrap(page(bootstrap).replace(/<meta[^>]*>/, ''));
		expect(inlineScript(html)).toContain('first-contentful-paint');
	});

	test('an empty shell with no page to hydrate (the 404 fallback) is left to boot at once', () => {
		const shell = page(bootstrap.replace('{ node_ids: [0, 2] }', ''));
		expect(deferBootstrap(shell)).toBe(shell);
	});

	test('refuses a page it does not understand rather than ship it broken', () => {
		expect(() => deferBootstrap('<html><body><p>No script</p></body></html>')).toThrow(/no SvelteKit bootstrap/);
		expect(() => deferBootstrap(page(bootstrap, "script-src 'self'"))).toThrow(/does not list the bootstrap's hash/);
	});
});

describe('deferBootstrap with modules to preload', () => {
	test('asks for every module once, side by side, when it boots and before the app starts', () => {
		const deferred = inlineScript(deferBootstrap(page(bootstrap), ['/_app/a.js', '/_app/b.js', '/_app/a.js']));
		expect(deferred).toContain('for (const href of ["/_app/a.js","/_app/b.js"])');
		expect(deferred).toContain("rel: 'modulepreload'");
		const preload = deferred.indexOf('modulepreload');
		expect(preload).toBeGreaterThan(deferred.indexOf('booted = true'));
		expect(preload).toBeLessThan(deferred.indexOf('Promise.all'));
	});

	test('a path cannot close the script', () => {
		const html = deferBootstrap(page(bootstrap), ['/x</script><script>alert(1)//.js']);
		expect(html.match(/<\/script>/g)).toHaveLength(2);
		expect(() => new Function(inlineScript(html))).not.toThrow();
	});
});
