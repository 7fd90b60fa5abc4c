import { qrMatrix, qrSvgPath } from "@/lib/format/qr-code";

/**
 * The order reference as a QR code for the collection desk, drawn on the server (no client JavaScript).
 * The reference is also written out: a screen reader reads it, and staff can type it if the camera fails.
 */
export function OrderQrCode({ reference }: { reference: string }) {
  const { viewBox, d } = qrSvgPath(qrMatrix(reference));
  return (
    <figure className="flex flex-col items-center gap-2" data-testid="order-qr">
      <svg
        role="img"
        aria-label={`QR code of order reference ${reference}`}
        viewBox={viewBox}
        shapeRendering="crispEdges"
        className="size-48 rounded-lg bg-white"
      >
        <rect width="100%" height="100%" fill="#fff" />
        <path d={d} fill="#000" />
      </svg>
      <figcaption className="text-sm text-slate-700">
        Show this code at the desk, or give the reference{" "}
        <span className="font-mono font-semibold">{reference}</span>.
      </figcaption>
    </figure>
  );
}
