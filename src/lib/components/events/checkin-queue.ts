/**
 * The check-in phone's queue of scans, kept in localStorage so a lost connection (or a closed tab)
 * loses nothing: each scan gets its id here, and the server counts an id once however often it
 * is sent. Browser-only.
 */
export type QueuedScan = { scanId: string; scannedAt: string; code?: string; participationId?: string; walkIn?: { name: string; email?: string } };
export type ScanAnswer = { scanId: string; ok: boolean; name?: string | null; already?: boolean; reason?: string };

const keyOf = (eventId: string) => `tuvuma-checkin-${eventId}`;

export function loadQueue(eventId: string): QueuedScan[] {
	try {
		const raw = localStorage.getItem(keyOf(eventId));
		return raw ? (JSON.parse(raw) as QueuedScan[]) : [];
	} catch {
		return [];
	}
}

export function saveQueue(eventId: string, queue: QueuedScan[]): void {
	localStorage.setItem(keyOf(eventId), JSON.stringify(queue));
}

export function newScan(fields: Omit<QueuedScan, 'scanId' | 'scannedAt'>): QueuedScan {
	return { scanId: crypto.randomUUID(), scannedAt: new Date().toISOString(), ...fields };
}

/** Sends the queue; answers for what the server took, or null when the connection failed (the queue stays). */
export async function sendQueue(url: string, queue: QueuedScan[]): Promise<ScanAnswer[] | null> {
	try {
		const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scans: queue }) });
		if (!res.ok) return null;
		return ((await res.json()) as { results: ScanAnswer[] }).results;
	} catch {
		return null;
	}
}
