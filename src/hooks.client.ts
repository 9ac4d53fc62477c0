import { registerClientLocaleStrategy } from '$lib/i18n/strategy';

registerClientLocaleStrategy();
