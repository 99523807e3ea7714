// Per-site automatic runs ("Always run on this site"): owned by the annotation feature.
export function watchSites(): void {}
