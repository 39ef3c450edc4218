import { createHash } from 'node:crypto';

/** SvelteKit's inline bootstrap: the one inline script, which finds its place in the page through `document.currentScript`. */
const BOOTSTRAP = /<script>([^<]*document\.currentScript[^<]*)<\/script>/;

const cspHash = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/**
 * Makes SvelteKit's bootstrap wait until the prerendered text is on screen.
 *
 * The page is readable as HTML. Started at once, the bootstrap has the browser fetch, compile and
 * run the app's modules while it lays out, rasters and presents the text; on a 2-core machine that
 * held the first paint back by half. Waiting one frame is not enough (the frame is painted, not yet
 * presented): the bootstrap waits for the first-contentful-paint entry, which the browser reports
 * once the paint is presented, and boots after a second at the latest. A browser without paint
 * timing waits one frame; a page in a background tab gets no frames and boots at once. A shell
 * with no prerendered page to hydrate (the 404 fallback) boots at once too.
 *
 * When it boots, it first asks for `modules` (paths) all at once as modulepreload links, so the
 * browser fetches them side by side rather than one level of imports after another.
 *
 * The script's CSP hash changes with its text, so the hash in the page's policy is replaced too.
 * Throws if the page has no bootstrap, or a policy without its hash: a SvelteKit that renders
 * either differently must be looked at, not silently shipped.
 */
export function deferBootstrap(html: string, modules: readonly string[] = []): string {
	const match = BOOTSTRAP.exec(html);
	if (!match?.[1]) throw new Error('deferBootstrap: the page has no SvelteKit bootstrap script');
	const original = match[1];
	// An empty shell (the 404 fallback, rendered in the browser) has nothing to paint first.
	if (!/\bnode_ids:/.test(original)) return html;
	const deferred = `{
const script = document.currentScript;
let booted = false;
const boot = () => {
if (booted) return;
booted = true;
for (const href of ${JSON.stringify([...new Set(modules)]).replace(/</g, '\\u003c')}) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));${original.replace('document.currentScript', 'script')}};
if (document.visibilityState === 'hidden') boot();
else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
new PerformanceObserver((list, observer) => {
if (list.getEntriesByName('first-contentful-paint').length) observer.disconnect(), boot();
}).observe({ type: 'paint', buffered: true });
setTimeout(boot, 1000);
} else requestAnimationFrame(() => setTimeout(boot));
}`;
	let page = html.replace(match[0], () => `<script>${deferred}</script>`);
	if (/http-equiv="content-security-policy"/i.test(page)) {
		const before = cspHash(original);
		if (!page.includes(before)) throw new Error("deferBootstrap: the page's content security policy does not list the bootstrap's hash");
		page = page.replace(before, () => cspHash(deferred));
	}
	return page;
}
