/**
 * Keystrokes closer together than this are one query: only the last is searched.
 * Its own module, free of React, so Node scripts (the search benchmark) can read it
 * without loading React before Vite has set the production mode.
 */
export const TYPING_PAUSE_MS = 150;
