import { useRouter } from "@tanstack/react-router";

/** A failed data fetch: say so and offer to try again. */
export function ErrorView({ error, reset }: { error: unknown; reset?: () => void }) {
  const router = useRouter();
  // Load again first, then leave the error: a reset before the data is back would render routes without it.
  const retry = () => void router.invalidate().finally(() => reset?.());
  return (
    <section role="alert" aria-labelledby="error-title">
      <h1 id="error-title" className="page-title">
        内容没有加载成功
      </h1>
      <p className="mt-2">可能是网络中断了。{error instanceof Error ? `（${error.message}）` : ""}</p>
      <button type="button" className="button mt-4" onClick={retry}>
        重试
      </button>
    </section>
  );
}
