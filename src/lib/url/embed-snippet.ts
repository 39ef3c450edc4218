import { escapeMarkup } from '../text/escape';
import { embedPath, pathOutOfEmbed } from './paths';
import { viewQuery } from './view-link';
import { formatCameraHash, parseCameraHash } from './camera-hash';

/**
 * The `<iframe>` that embeds a view elsewhere: the route's embed (`/embed`, `/embed/place/<id>`),
 * the view parameters, and the camera when the fragment names one.
 * @param root - where the site is served, base path included, no trailing slash
 * @param path - the route's path below the root
 * @example embedSnippet('https://x.org', '/place/damascus', '?layers=damascus', '#map=9/33.5/36.3', 'Damascus')
 * // '<iframe src="https://x.org/embed/place/damascus?layers=damascus#map=9/33.5/36.3" title="Map: Damascus" …'
 */
export function embedSnippet(root: string, path: string, search: string, hash: string, title: string): string {
	const parsed = parseCameraHash(hash);
	const camera = parsed ? formatCameraHash(parsed) : '';
	const src = `${root}${embedPath(pathOutOfEmbed(path))}${viewQuery(search)}${camera}`;
	return `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(`Map: ${title}`)}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
}
