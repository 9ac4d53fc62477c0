/** Test photos made on the fly with sharp (no binary fixtures in the repository). */
import sharp from 'sharp';

/** A phone-like JPEG with the camera model and a GPS position (Sigulda) in its EXIF. */
export function gpsTaggedJpeg(width = 800, height = 600): Promise<Buffer> {
	return sharp({ create: { width, height, channels: 3, background: '#3a7f5c' } })
		.jpeg()
		.withExif({
			IFD0: { Make: 'TuvumaTestCam', Model: 'Phone 1' },
			IFD3: {
				GPSLatitudeRef: 'N',
				GPSLatitude: '57/1 9/1 3000/100',
				GPSLongitudeRef: 'E',
				GPSLongitude: '24/1 51/1 1200/100'
			}
		})
		.toBuffer();
}

export function plainPng(width = 400, height = 300): Promise<Buffer> {
	return sharp({ create: { width, height, channels: 4, background: '#d9a441' } }).png().toBuffer();
}
