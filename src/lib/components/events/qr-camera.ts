/**
 * Reads QR codes from the camera: the browser's BarcodeDetector where it exists, otherwise jsQR
 * (loaded only when needed) on video frames. Calls `found` with each decoded text. Browser-only.
 */
type Detector = { detect: (source: CanvasImageSource) => Promise<{ rawValue: string }[]> };

export async function startQrCamera(video: HTMLVideoElement, found: (text: string) => void): Promise<() => void> {
	const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
	video.srcObject = stream;
	video.setAttribute('playsinline', 'true');
	await video.play();
	const canvas = document.createElement('canvas');
	const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
	const Native = (globalThis as unknown as { BarcodeDetector?: new (o: { formats: string[] }) => Detector }).BarcodeDetector;
	const detector: Detector | null = Native ? new Native({ formats: ['qr_code'] }) : null;
	const jsQR = detector ? null : (await import('jsqr')).default;
	let stopped = false;
	const tick = async () => {
		if (stopped) return;
		if (video.readyState >= 2 && video.videoWidth) {
			try {
				if (detector) {
					for (const code of await detector.detect(video)) found(code.rawValue);
				} else if (jsQR) {
					canvas.width = video.videoWidth;
					canvas.height = video.videoHeight;
					ctx.drawImage(video, 0, 0);
					const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
					const code = jsQR(img.data, img.width, img.height, { inversionAttempts: 'dontInvert' });
					if (code?.data) found(code.data);
				}
			} catch {
				// a frame that cannot be read: try the next one
			}
		}
		setTimeout(tick, 200);
	};
	void tick();
	return () => {
		stopped = true;
		for (const t of stream.getTracks()) t.stop();
		video.srcObject = null;
	};
}
