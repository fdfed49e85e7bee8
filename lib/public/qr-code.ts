import QRCode from "qrcode";

/**
 * The QR code of a URL as an SVG string, drawn on the server so the page ships no QR code
 * JavaScript. Medium error correction survives a phone photographing a printout.
 */
export async function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#1c1917", light: "#ffffff" } });
}
