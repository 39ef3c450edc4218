/** The margin, in pixels, the camera keeps around a route's frame, inside any panels over the map. */
export const FIT_MARGIN = 48;

/**
 * Room, in pixels, the map's controls take along its bottom edge, kept clear of the frame as a panel
 * is: the attribution (open until the map is first moved, two lines in an embed's 480 px map) with
 * the scale above it, 75 px in an embed, less a place label's half height. A panel over the map's
 * bottom (the phone's sheet) covers them and counts instead.
 */
export const CONTROLS_BOTTOM = 64;

/** The closest the camera frames a place: a street, never a single building. */
export const FIT_MAX_ZOOM = 16;
