/**
 * QR codes of the permalinks, drawn by the `qrcode` library as SVG and shown as a data: image
 * (the CSP allows img-src data:; nothing is parsed into the page as HTML). Generated when a slide is first shown.
 */
import QRCode from 'qrcode';

/** Give `img` the QR code of its data-url, once. Synchronous (the callback form of qrcode runs at once). */
export function fillQr(img: HTMLImageElement): void {
  const url = img.dataset.url;
  if (!url || img.getAttribute('src')) return;
  QRCode.toString(
    url,
    { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } },
    (error, svg) => {
      if (error || !svg) return;
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    },
  );
}
