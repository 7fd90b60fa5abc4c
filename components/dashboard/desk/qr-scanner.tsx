"use client";

import { useEffect, useRef, useState } from "react";
import type { QrRead } from "./decode-qr";

/**
 * The phone's rear camera, a frame every 200 ms drawn on a canvas and handed to jsQR. The decoder (and jsQR
 * with it) is imported on first use, so only the desk loads it. Stops the camera when a reference is read,
 * on Stop, and when the component goes away.
 */
export function QrScanner({
  onReference,
  onClose,
}: {
  onReference: (reference: string) => void;
  onClose: () => void;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [hint, setHint] = useState("Point the camera at the order's QR code.");

  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const canvas = document.createElement("canvas");
    const stop = () => {
      stopped = true;
      if (timer) clearInterval(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };

    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setProblem("This browser cannot use the camera here. Type the reference instead.");
        return;
      }
      try {
        const [{ decodeReferenceFromPixels }, media] = await Promise.all([
          import("./decode-qr"),
          navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }),
        ]);
        stream = media;
        if (stopped || !video.current) return stop();
        video.current.srcObject = media;
        await video.current.play();
        timer = setInterval(() => {
          const v = video.current;
          if (!v || v.readyState < 2 || !v.videoWidth) return;
          // A smaller frame decodes faster on a mid-range phone and still holds a code filling a third of it.
          const scale = Math.min(1, 640 / v.videoWidth);
          canvas.width = Math.round(v.videoWidth * scale);
          canvas.height = Math.round(v.videoHeight * scale);
          const ctx = canvas.getContext("2d", { willReadFrequently: true });
          if (!ctx) return;
          ctx.drawImage(v, 0, 0, canvas.width, canvas.height);
          const frame = ctx.getImageData(0, 0, canvas.width, canvas.height);
          const read: QrRead = decodeReferenceFromPixels(frame.data, frame.width, frame.height);
          if (read.kind === "reference") {
            stop();
            onReference(read.reference);
          } else if (read.kind === "other") {
            setHint("That QR code is not an order reference. Scan the code from the order email or page.");
          }
        }, 200);
      } catch {
        setProblem(
          "The camera could not be opened (permission refused or no camera). Type the reference instead.",
        );
      }
    })();
    return stop;
  }, [onReference]);

  return (
    <div className="space-y-2" data-testid="qr-scanner">
      {problem ? (
        <p role="alert" className="rounded-xl border-2 border-amber-600 bg-amber-50 px-3 py-2 text-slate-900">
          {problem}
        </p>
      ) : (
        <>
          <video
            ref={video}
            muted
            playsInline
            className="aspect-square w-full rounded-xl bg-slate-900 object-cover"
          />
          <p role="status" className="text-sm text-slate-700">
            {hint}
          </p>
        </>
      )}
      <button
        type="button"
        onClick={onClose}
        className="min-h-11 rounded-lg border-2 border-slate-300 bg-white px-4 font-semibold text-slate-900"
      >
        Stop scanning
      </button>
    </div>
  );
}
