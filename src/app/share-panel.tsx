import { lazy, Suspense, useState, useSyncExternalStore } from "react";
import { CopyButton } from "./copy-button";

const QrCode = lazy(() => import("./qr-code"));

// Whether there is a system share sheet: unknown to the prerendered page, so false until hydrated.
const noSubscription = () => () => {};
const hasShareSheet = () => typeof navigator.share === "function";

/** Copy link, the system share sheet where there is one, a QR code of the link, copy citation. */
export function SharePanel({ url, title, citation }: { url: string; title: string; citation: string }) {
  const [qr, setQr] = useState(false);
  const canShare = useSyncExternalStore(noSubscription, hasShareSheet, () => false);
  return (
    <div className="no-print flex flex-wrap items-center gap-2">
      <CopyButton label="复制链接" text={() => url} done="链接已复制" />
      {canShare && (
        <button type="button" className="button" onClick={() => void navigator.share({ title, url }).catch(() => {})}>
          分享…
        </button>
      )}
      <button type="button" className="button" aria-expanded={qr} aria-controls="share-qr" onClick={() => setQr((v) => !v)}>
        二维码
      </button>
      <CopyButton label="复制引用" text={() => citation} done="引用已复制" />
      {qr && (
        <div id="share-qr" className="w-full">
          <Suspense fallback={<p className="text-sm text-muted">正在生成二维码…</p>}>
            <QrCode text={url} label={`本文链接的二维码：${url}`} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
