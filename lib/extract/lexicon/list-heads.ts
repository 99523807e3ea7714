// The noun a list hangs from says what its names are. "customers such as A and B", "empresas líderes como A":
// customers, users or a portfolio, never the round's investors; "a team led by A" is managed by A, not funded.

/** Nouns whose "like / such as / including" lists name customers, partners or portfolio companies. */
export const NON_INVESTOR_HEADS = [
  'customers?', 'clients?', 'users?', 'enterprises?', 'companies', 'brands?', 'retailers?', 'merchants?', 'businesses',
  'organi[sz]ations?', 'partners?', 'partnerships?', 'rivals?', 'competitors?', 'peers?', 'portfolio companies', 'startups',
  'names', 'household names', 'deals', 'transactions', 'fundraises', 'airlines?', 'banks', 'hospitals?', 'universities', 'governments?', 'platforms?', 'apps?',
  // "from WestBridge Capital through its investment vehicles including SETU AIF and Konark": an investor's own vehicles
  'vehicles', 'entities', 'affiliates', 'schemes',
  // es, pt, fr, de, it
  'clientes?', 'empresas?', 'compañías', 'marcas?', 'socios?', 'usuarios?', 'clients?', 'entreprises?', 'marques?',
  'Kunden', 'Unternehmen', 'Marken', 'aziende', 'marchi',
  // places: "zones such as Suba and Fontibón", "markets like Kenya"
  'zones?', 'zonas?', 'cities', 'ciudades', 'cidades', 'villes', 'Städte', 'regions', 'regiones', 'regiões', 'countries', 'países', 'pays',
  'markets', 'mercados', 'marchés', 'neighbou?rhoods', 'barrios', 'bairros',
  // what a company sells: "products such as A", "productos como NotMayo"
  'products?', 'productos?', 'produtos?', 'produits?', 'prodotti', 'Produkte',
];

/** Nouns that "led by" after them makes managers, not investors: "a business team led by Ana Ruiz". */
export const MANAGED_HEADS = [
  'teams?', 'developers', 'engineers', 'researchers', 'scientists', 'division', 'department', 'unit', 'lab', 'labs', 'project',
  'effort', 'initiative', 'programme', 'program', 'administration', 'government', 'ministry', 'delegation', 'expedition',
  'company', 'startup', 'start-up', 'business', 'studio', 'office',
  // "Addition, the venture capital firm headed by Lee Fixel": who runs an investor is no lead
  'firm', 'firms', 'fund manager', 'fund', 'funds', 'arm',
];
