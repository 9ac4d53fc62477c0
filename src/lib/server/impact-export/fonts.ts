/**
 * The PDF's fonts: DejaVu Sans (regular and bold), vendored in assets/fonts/dejavu with their licence.
 * The standard PDF fonts (Helvetica…) have no ā č ē ģ ī ķ ļ ņ š ū ž, so a TrueType font is embedded.
 *
 * Located from the working directory, like the migrations (`resolve('drizzle')` in db/migrate.ts): the
 * built server bundles code into build/ but not data files, and it runs from the repository root
 * (`npm start` chdirs there; tests run there too). FONTS_DIR overrides it for a deployment that
 * copies build/ elsewhere.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const FONT_REGULAR = 'DejaVuSans.ttf';
export const FONT_BOLD = 'DejaVuSans-Bold.ttf';

export function fontsDir(): string {
	return resolve(process.env.FONTS_DIR || 'assets/fonts/dejavu');
}

/** Absolute paths of the two fonts; throws with the place it looked, so a bad deployment says why. */
export function fontFiles(): { regular: string; bold: string } {
	const dir = fontsDir();
	const regular = resolve(dir, FONT_REGULAR);
	const bold = resolve(dir, FONT_BOLD);
	for (const file of [regular, bold]) if (!existsSync(file)) throw new Error(`PDF font missing: ${file} (set FONTS_DIR or run from the repository root)`);
	return { regular, bold };
}
