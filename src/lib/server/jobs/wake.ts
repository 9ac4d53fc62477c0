/**
 * A hint to the worker in this process that a job may be waiting, so mail goes out in milliseconds
 * rather than at the next poll. Only a hint: workers in other processes find it by polling.
 */
let listener: (() => void) | undefined;

export function onWake(fn: (() => void) | undefined): void {
	listener = fn;
}

export function wakeWorker(): void {
	// after the current transaction had a chance to commit
	if (listener) setTimeout(listener, 30);
}
