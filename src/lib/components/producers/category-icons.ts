import type { Component } from 'svelte';
import Amphora from '@lucide/svelte/icons/amphora';
import Apple from '@lucide/svelte/icons/apple';
import Axe from '@lucide/svelte/icons/axe';
import Beef from '@lucide/svelte/icons/beef';
import Briefcase from '@lucide/svelte/icons/briefcase';
import Candy from '@lucide/svelte/icons/candy';
import Carrot from '@lucide/svelte/icons/carrot';
import Cherry from '@lucide/svelte/icons/cherry';
import Croissant from '@lucide/svelte/icons/croissant';
import Droplet from '@lucide/svelte/icons/droplet';
import Egg from '@lucide/svelte/icons/egg';
import Fish from '@lucide/svelte/icons/fish';
import Flame from '@lucide/svelte/icons/flame';
import Flower from '@lucide/svelte/icons/flower';
import Gem from '@lucide/svelte/icons/gem';
import GlassWater from '@lucide/svelte/icons/glass-water';
import Hammer from '@lucide/svelte/icons/hammer';
import Hexagon from '@lucide/svelte/icons/hexagon';
import Leaf from '@lucide/svelte/icons/leaf';
import Milk from '@lucide/svelte/icons/milk';
import Palette from '@lucide/svelte/icons/palette';
import ShoppingBasket from '@lucide/svelte/icons/shopping-basket';
import Spool from '@lucide/svelte/icons/spool';
import Sprout from '@lucide/svelte/icons/sprout';
import Store from '@lucide/svelte/icons/store';
import Utensils from '@lucide/svelte/icons/utensils';
import Wheat from '@lucide/svelte/icons/wheat';

/**
 * Category pictograms (Lucide, drawn as inline SVG: they look the same on every device, with or
 * without an emoji font). The taxonomy's own `icon` column keeps its emoji for feeds and exports.
 */
const ICONS: Record<string, Component<{ size?: number; 'aria-hidden'?: 'true' }>> = {
	partika: Utensils,
	amatnieciba: Palette,
	medus: Hexagon,
	'ievarijumi-un-konservi': Cherry,
	'piena-produkti-un-siers': Milk,
	gala: Beef,
	zivis: Fish,
	'maize-un-konditoreja': Croissant,
	darzeni: Carrot,
	'augli-un-ogas': Apple,
	senes: Sprout,
	dzerieni: GlassWater,
	'zalu-tejas-un-garsaugi': Leaf,
	saldumi: Candy,
	'graudaugi-un-milti': Wheat,
	olas: Egg,
	'ellas-un-seklas': Droplet,
	keramika: Amphora,
	tekstils: Spool,
	'koka-izstradajumi': Axe,
	pinumi: ShoppingBasket,
	'dabiga-kosmetika': Flower,
	sveces: Flame,
	juvelierizstradajumi: Gem,
	'adas-izstradajumi': Briefcase,
	'metala-izstradajumi': Hammer
};

const CRAFTS = new Set(['amatnieciba', 'keramika', 'tekstils', 'koka-izstradajumi', 'pinumi', 'dabiga-kosmetika', 'sveces', 'juvelierizstradajumi', 'adas-izstradajumi', 'metala-izstradajumi']);

/** The pictogram of a category (a shop for one without its own). */
export const categoryIcon = (slug: string | undefined) => (slug && ICONS[slug]) || Store;
/** Food and crafts get their own tint, so a list without photos still reads at a glance. */
export const categoryTone = (slug: string | undefined): 'food' | 'craft' => (slug && CRAFTS.has(slug) ? 'craft' : 'food');
