// A QR code drawn on a canvas (the talent card's codes, the enterprise code), labelled for screen readers.

import { useEffect, useRef } from 'react';
import QRCode from 'qrcode';

export function Qr({ text, label, width = 240, testId = 'card-qr' }: { text: string; label: string; width?: number; testId?: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) void QRCode.toCanvas(ref.current, text, { width, margin: 2, errorCorrectionLevel: 'M' });
  }, [text, width]);
  return <canvas ref={ref} role="img" aria-label={label} data-testid={testId} />;
}
