import { rememberDisclosures } from '$lib/client/disclosures';
import { registerClientLocaleStrategy } from '$lib/i18n/strategy';

registerClientLocaleStrategy();
// before hydration starts: what the visitor unfolded while the script loaded stays unfolded
rememberDisclosures();
