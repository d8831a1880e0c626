/** True when a key press belongs to a text field, so page shortcuts (/, ← →) leave it alone. */
export const typingIn = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
