import { useState } from "react";

/** Copies `text` and says so where screen readers hear it. */
export function CopyButton({ text, label, done = "已复制" }: { text: () => string; label: string; done?: string }) {
  const [state, setState] = useState<"idle" | "done" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setState("done");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2500);
  };
  return (
    <>
      <button type="button" className="button" onClick={copy}>
        {label}
      </button>
      <span role="status" className="text-sm text-muted">
        {state === "done" ? done : state === "failed" ? "复制失败，请手动复制地址栏" : ""}
      </span>
    </>
  );
}
