/** Website fields are typed by people, often without the scheme ("lielupe.lv"). */
export function absoluteUrl(url: string): string {
	return /^https?:\/\//i.test(url) ? url : `https://${url}`;
}
