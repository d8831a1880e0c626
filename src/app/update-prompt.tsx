import { useEffect, useState } from "react";
import { UPDATE_EVENT } from "./service-worker";

/** A new version is ready: say so, and reload on request. */
export function UpdatePrompt() {
  const [apply, setApply] = useState<(() => void) | null>(null);
  useEffect(() => {
    const on = (e: Event) => setApply(() => (e as CustomEvent<() => void>).detail);
    addEventListener(UPDATE_EVENT, on);
    return () => removeEventListener(UPDATE_EVENT, on);
  }, []);
  if (!apply) return null;
  return (
    <div role="status" className="update-prompt no-print">
      <span>看报有新版本。</span>
      <button type="button" className="button" onClick={apply}>
        刷新
      </button>
    </div>
  );
}
