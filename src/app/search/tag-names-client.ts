import { siteData } from "./site-fetch";
import { lookupPaths, type TagNames } from "../../shared/search/tag-lookup-paths";

/**
 * Every tag and its article count, for the tag index: through this build's entry, like every search file.
 * Apart from the tag lookup so that the route tree (which holds every route's loader) does not pull FlexSearch into every page.
 */
export const loadTagNames = () => siteData().run((d) => d.json<TagNames>(lookupPaths.names()));
