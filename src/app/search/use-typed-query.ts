import { useEffect, useRef } from "react";
import { TYPING_PAUSE_MS } from "./typing-pause";

export { TYPING_PAUSE_MS };

/** A key press that belongs to an IME (choosing a candidate, committing with Enter), not to the page. */
export const imeKey = (e: React.KeyboardEvent) => e.nativeEvent.isComposing || e.keyCode === 229;

/**
 * What the search box sends while a reader types: nothing while an IME is composing
 * (pinyin `w`, `we`, `wei` are not queries; the committed 卫 is), the first text
 * after a pause at once, and text typed in a quick run once the run pauses.
 */
export function useTypedQuery(send: (q: string) => void) {
  const sendRef = useRef(send);
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastInput = useRef(-Infinity);

  useEffect(() => {
    sendRef.current = send;
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  const typed = (q: string) => {
    const now = Date.now();
    clearTimeout(timer.current);
    if (now - lastInput.current >= TYPING_PAUSE_MS) sendRef.current(q);
    else timer.current = setTimeout(() => sendRef.current(q), TYPING_PAUSE_MS);
    lastInput.current = now;
  };

  return {
    /** The reader pressed Enter or the button: send now, drop what was waiting. */
    now: (q: string) => {
      clearTimeout(timer.current);
      sendRef.current(q);
    },
    isComposing: () => composing.current,
    inputProps: {
      onCompositionStart: () => {
        composing.current = true;
      },
      onCompositionEnd: (e: React.CompositionEvent<HTMLInputElement>) => {
        composing.current = false;
        typed(e.currentTarget.value);
      },
      /** Call from onChange with the new value; ignored while composing. */
      onInput: (e: React.ChangeEvent<HTMLInputElement>) => {
        if (composing.current || (e.nativeEvent as InputEvent).isComposing) return;
        typed(e.target.value);
      },
    },
  };
}
