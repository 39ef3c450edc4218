import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { loadMap } from '$lib/map/load-map';

// A fragment that is not valid percent-encoding (`#%E0%A4%A`) makes SvelteKit's router throw
// "URI malformed" when it looks for the element to scroll to. Such a fragment can name nothing:
// drop it before the router starts, so the page opens with its defaults.
try {
	decodeURIComponent(location.hash);
} catch {
	history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/** A page that does not exist is not an error of the app: show the 404 page without logging it. */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};

/** MapLibre is most of the code: fetch and compile it while the page hydrates (the layout reports a failure). */
export const init: ClientInit = () => {
	loadMap().catch(() => {});
};
