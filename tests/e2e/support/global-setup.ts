import { startSmtpSink } from './smtp-sink';

/** Starts the SMTP server the app under test sends its mail to (SMTP_URL in playwright.config.ts). */
export default async function globalSetup(): Promise<() => Promise<void>> {
	return startSmtpSink();
}
