export { fitMercator, mercatorAtZoom, paddingOf, TILE_SIZE, type Padding, type Viewport } from './fit';
export { renderStaticMap, BANNER_HEIGHT, FONT_FAMILY, type StaticMapOptions } from './render';
export { altText, listOf } from './alt';
export { escapeXml } from './escape';
export { placeLabels, labelBox, textWidthEm, type Anchor, type Box } from './labels';
export { DESKTOP_MAP, LINK_PREVIEW } from './viewports';
