// Words that make a capitalised name a place descriptor rather than an organization ("Berlin-based").
// The places and demonyms themselves are in places.json (built by scripts/build-gazetteer.ts).

/** After a hyphen: "Lagos-based", "Paris-headquartered", "Kyiv-born". */
export const LOCATIVE_SUFFIXES: readonly string[] = ['based', 'headquartered', 'born'];

/** Adjectives of regions the country gazetteer has none for: "Southeast Asian", "Latin American", "Pan-African". */
export const REGION_ADJECTIVES: readonly string[] = ['Asian', 'African', 'European', 'American', 'Latin American', 'Arab', 'Arabian', 'Middle Eastern',
  'Nordic', 'Scandinavian', 'Baltic', 'Balkan', 'Caribbean', 'Pacific', 'Gulf', 'Sub-Saharan', 'Iberian', 'Levantine', 'Maghrebi'];
/** Adjectives of nations inside countries and of states, which the country gazetteer lists no demonym for:
 *  "Scottish investment firm Baillie Gifford", "Californian fund". */
export const SUBNATIONAL_ADJECTIVES: readonly string[] = ['Scottish', 'Welsh', 'English', 'Northern Irish', 'Catalan', 'Basque', 'Galician',
  'Andalusian', 'Bavarian', 'Flemish', 'Walloon', 'Corsican', 'Breton', 'Sicilian', 'Sardinian', 'Lombard', 'Tuscan', 'Californian', 'Texan',
  'Floridian', 'Quebecois', 'Québécois', 'Ontarian', 'Albertan', 'Hawaiian', 'Alaskan', 'Tasmanian'];
/** Compass words before a region's or a country's adjective: "East African", "Southeast Asian", "Pan-European". */
export const COMPASS_PREFIXES: readonly string[] = ['North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'North-East',
  'North-West', 'South-East', 'South-West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Pan-', 'Pan ', 'Trans-'];

