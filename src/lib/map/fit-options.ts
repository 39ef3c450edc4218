/** The margin, in pixels, the camera keeps around a route's frame, inside any panels over the map. */
export const FIT_MARGIN = 48;

/** The closest the camera frames a place: a street, never a single building. */
export const FIT_MAX_ZOOM = 16;
