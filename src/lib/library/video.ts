/**
 * A video lecture's link, read into what the click-to-load facade needs (issue 16): which service,
 * the video's id, where it starts, and the embed address that is requested only when the person
 * presses play. Until then the page makes no request to the service (no thumbnail from it either):
 * YouTube through its no-cookie host, Vimeo with "do not track", PeerTube on whichever instance
 * hosts it. Pure, used by the form's validation, the server and the facade island alike.
 */
export type VideoService = 'youtube' | 'vimeo' | 'peertube';

export type VideoLink = {
	service: VideoService;
	id: string;
	/** Seconds into the video, from `t=1m30s`, `t=90` or `#t=90`. */
	start: number;
	/** The page opened from the facade's "watch there" link: the original, cleaned. */
	watchUrl: string;
	/** The player, with autoplay because the press of the facade's button was the play. */
	embedUrl: string;
	/** The host a Content-Security-Policy `frame-src` must allow for this video. */
	frameOrigin: string;
};

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']);
// PeerTube: /w/<short uuid>, /videos/watch/<uuid or short uuid>, /videos/embed/<…>
const PEERTUBE_PATH = /^\/(?:w|videos\/watch|videos\/embed)\/([A-Za-z0-9-]{8,36})\/?$/;

/** `90`, `90s`, `1m30s`, `1h2m3s` → seconds; anything else → 0. */
export function startSeconds(raw: string | null | undefined): number {
	if (!raw) return 0;
	if (/^\d+$/.test(raw)) return Number(raw);
	const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(raw);
	if (!m) return 0;
	return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

function withStart(url: string, key: string, start: number): string {
	return start > 0 ? `${url}${url.includes('?') ? '&' : '?'}${key}=${start}` : url;
}

function youtube(url: URL): VideoLink | null {
	const host = url.hostname.toLowerCase();
	let id: string | null = null;
	if (host === 'youtu.be') id = url.pathname.slice(1).split('/')[0];
	else if (YOUTUBE_HOSTS.has(host)) {
		const path = url.pathname.split('/').filter(Boolean);
		if (path[0] === 'watch') id = url.searchParams.get('v');
		else if (['embed', 'shorts', 'live', 'v'].includes(path[0])) id = path[1] ?? null;
	} else return null;
	if (!id || !YOUTUBE_ID.test(id)) return null;
	const start = startSeconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
	return {
		service: 'youtube',
		id,
		start,
		watchUrl: withStart(`https://www.youtube.com/watch?v=${id}`, 't', start),
		embedUrl: withStart(`https://www.youtube-nocookie.com/embed/${id}?autoplay=1`, 'start', start),
		frameOrigin: 'https://www.youtube-nocookie.com'
	};
}

function vimeo(url: URL): VideoLink | null {
	if (!VIMEO_HOSTS.has(url.hostname.toLowerCase())) return null;
	const path = url.pathname.split('/').filter(Boolean);
	// vimeo.com/123, vimeo.com/123/abcdef (unlisted), vimeo.com/channels/x/123, player.vimeo.com/video/123
	const at = path.findIndex((p) => /^\d{5,12}$/.test(p));
	if (at < 0) return null;
	const id = path[at];
	const hash = url.searchParams.get('h') ?? (path[at + 1] && /^[0-9a-f]{6,20}$/.test(path[at + 1]) ? path[at + 1] : null);
	const start = startSeconds((url.hash.match(/t=([0-9hms]+)/) ?? [])[1]);
	const player = `https://player.vimeo.com/video/${id}?${hash ? `h=${hash}&` : ''}dnt=1&autoplay=1`;
	return {
		service: 'vimeo',
		id: hash ? `${id}/${hash}` : id,
		start,
		watchUrl: `https://vimeo.com/${id}${hash ? `/${hash}` : ''}${start ? `#t=${start}s` : ''}`,
		embedUrl: start ? `${player}#t=${start}s` : player,
		frameOrigin: 'https://player.vimeo.com'
	};
}

function peertube(url: URL): VideoLink | null {
	const m = PEERTUBE_PATH.exec(url.pathname);
	if (!m || url.protocol !== 'https:') return null;
	const origin = url.origin;
	const start = startSeconds(url.searchParams.get('start') ?? url.searchParams.get('t'));
	return {
		service: 'peertube',
		id: m[1],
		start,
		watchUrl: withStart(`${origin}/w/${m[1]}`, 'start', start),
		embedUrl: withStart(`${origin}/videos/embed/${m[1]}?autoplay=1&warningTitle=0`, 'start', start),
		frameOrigin: origin
	};
}

/** The video a link points at, or null when it is no YouTube, Vimeo or PeerTube video address. */
export function parseVideoLink(raw: string): VideoLink | null {
	let url: URL;
	try {
		url = new URL(raw.trim());
	} catch {
		return null;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
	if (url.username || url.password) return null;
	return youtube(url) ?? vimeo(url) ?? peertube(url);
}
