/**
 * Whether the page's script runs: false in the prerendered HTML (and so in a browser without
 * JavaScript), true once the layout has mounted. Controls that need script (copy, Find) render only
 * then; the prerendered page holds no control that could not work.
 */
export const script = $state({ runs: false });
