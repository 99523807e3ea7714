import type { Lexicon } from './types';

export const de: Lexicon = {
  raise: ['sammelt', 'sammelte', 'eingesammelt', 'erhält', 'erhielt', 'erhalten', 'sichert sich', 'sicherte sich', 'sichert', 'sicherte', 'schließt', 'abgeschlossen',
    'holt', 'holte', 'bekommt', 'bekam', 'gesichert'],
  invest: ['investiert', 'investierte', 'investieren', 'führt', 'beteiligt sich', 'beteiligen sich', 'pump(?:t|en)', 'steck(?:t|en)'],
  leadBefore: ['angeführt (?:wird|wurde) (?:die|diese) (?:Finanzierungsrunde|Runde) von', 'angeführt von', 'angeführt durch', 'unter (?:der )?Führung von', 'geführt von', 'Lead-Investor',
    // "Federführend investiert haben X und Y": the lead's standard word
    'federführend investiert(?:e|en)?(?: (?:haben|hat|hätten|hatten))?(?: die| der)?', 'federführend (?:ist|sind|war|waren)(?: die| der)?'],
  leadAfter: ['führte die Runde an', 'führt die Runde an'],
  participantBefore: ['(?:die |den )?(?:Bestands|Alt|Neu)investoren', '(?:die |den )?(?:Bestands|Alt)gesellschafter(?:n)?(?: wie)?', '(?:Investoren|Geldgeber|Kapitalgeber) wie(?: die| der)?',
    'zum Investorenkreis zählen(?: u\\.a\\.| unter anderem)?', 'zu den Investoren zählen(?: u\\.a\\.| unter anderem)?', 'unter Beteiligung von', 'mit Beteiligung von', 'zusammen mit', 'beteiligen sich(?: auch| außerdem| zudem)?(?: die| der)?', 'beteiligt sich(?: auch| außerdem| zudem)?(?: die| der)?'],
  participantWeak: ['darunter', 'sowie', 'von', 'wie'],
  participantAfter: ['beteiligten sich', 'beteiligte sich', 'sind ebenfalls dabei', 'ebenfalls beteiligt'],
  past: ['zuvor', 'im vergangenen Jahr', 'im letzten Jahr', 'vor (?:einem|zwei|drei|\\d+) (?:Jahren?|Monaten)', 'bisher'],
  // "plant" alone is also English ("a power plant"): only "plant eine/die/den…" is German for "plans"
  unfinished: ['will sammeln', 'plant (?:eine|einen|die|den|ein|weitere|bis)', 'in Gesprächen'],
  roundNoun: ['Finanzierungsrunde', 'Runde', 'Finanzierung', 'Investment', 'Kapital', 'Serie[- ][A-J]', 'Series[- ][A-J]', 'Seed'],
  // "A, B oder C": German lists of examples join their last item with "oder"
  and: ['und', 'oder'],
};
