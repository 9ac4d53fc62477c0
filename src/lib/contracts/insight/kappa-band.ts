/** Landis & Koch's (1977) bands for a kappa, as keys the pages translate. */
export function kappaBand(kappa: number): 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almost_perfect' {
	if (kappa < 0) return 'poor';
	if (kappa <= 0.2) return 'slight';
	if (kappa <= 0.4) return 'fair';
	if (kappa <= 0.6) return 'moderate';
	if (kappa <= 0.8) return 'substantial';
	return 'almost_perfect';
}
