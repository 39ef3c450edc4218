import adapter from '@sveltejs/adapter-static';

/** A sub-path such as `/dossier-map` when the site is not served from the host's root. */
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ fallback: '404.html', strict: true }),
		paths: {
			base,
			// Absolute asset paths: the 404 page is served at any depth, where relative ones would break.
			relative: false
		},
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
