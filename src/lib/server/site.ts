// Relative: svelte.config.js reads this module too (through tsx), where `$lib` is unknown.
import { siteUrl } from '../data/surfaces';

/**
 * Where the built site will be served (`PUBLIC_SITE_URL`), or null. Link previews need absolute
 * addresses: without it pages name no preview picture, and the build draws none for its places.
 */
export const publicSiteUrl = siteUrl(process.env.PUBLIC_SITE_URL);
