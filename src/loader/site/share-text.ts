/** The text of the default share image, and the size each line is drawn at (px, a glyph's square). */
import { SITE_NAME, SITE_TAGLINE } from "../../shared/page-meta";

export const SHARE_TEXT = {
  name: { text: SITE_NAME, size: 220 },
  tagline: { text: SITE_TAGLINE, size: 60 },
} as const;
