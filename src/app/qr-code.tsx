import { encode } from "uqr";

/** A QR code drawn as SVG rectangles (no HTML strings), for scanning a link into WeChat. */
export default function QrCode({ text, label }: { text: string; label: string }) {
  const { data, size } = encode(text, { ecc: "M", border: 2 });
  const cells: React.ReactNode[] = [];
  data.forEach((row, y) =>
    row.forEach((on, x) => {
      if (on) cells.push(<rect key={`${x}-${y}`} x={x} y={y} width={1} height={1} />);
    }),
  );
  return (
    <figure className="mt-2">
      <svg
        role="img"
        aria-label={label}
        data-qr-text={text}
        viewBox={`0 0 ${size} ${size}`}
        width={200}
        height={200}
        shapeRendering="crispEdges"
        className="bg-white"
      >
        <rect width={size} height={size} fill="#fff" />
        <g fill="#000">{cells}</g>
      </svg>
      <figcaption className="text-sm text-muted">用微信扫一扫打开本文</figcaption>
    </figure>
  );
}
