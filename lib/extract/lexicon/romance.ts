// Spanish, Portuguese, French and Italian: the phrases funding news in these languages is written with.
import type { Lexicon } from './types';

export const es: Lexicon = {
  raise: ['levant[aó]', 'levantado', 'recaud[aó]', 'recaudado', 'cierra', 'cerró', 'obtiene', 'obtuvo', 'capta', 'captó', 'consigue',
    'consiguió', 'suma', 'sumó', 'logra', 'logró', 'recibe', 'recibió', 'anuncia', 'anunció', 'asegura', 'aseguró',
    // the perfect ("ha cerrado una ronda"): the participle after "ha"
    'cerrado', 'obtenido', 'conseguido', 'captado', 'asegurado', 'recibido', 'logrado', 'completa', 'completó', 'completado',
    // "acaba de cerrar una ronda": just done
    'acaba(?:n)? de (?:cerrar|levantar|recaudar|recibir|conseguir|captar|obtener|asegurar)'],
  invest: ['invierte', 'invirtió', 'lidera', 'lideró', 'respalda'],
  leadBefore: ['liderad[ao] por', 'encabezad[ao] por', 'co-liderad[ao] por', 'codirigid[ao] por'],
  leadAfter: ['lideró la ronda', 'encabezó la ronda'],
  participantBefore: ['con la participación de', 'con participación de', 'junto a', 'junto con', 'de inversores como', 'entre ellos',
    // "…, y donde también participan A, B y C", "en la que también participan A y B", "En esta operación han participado…"
    '(?:donde|en (?:la|el) que|en (?:la|el) cual) (?:también )?(?:han )?participa(?:n|do|ron)', '(?:también )?han participado(?: en (?:esta|la) (?:ronda|operación))?',
    'entre (?:los|las) que (?:destacan|se encuentran|figuran|están|estaban|se cuentan)', '(?:inversores|fondos|socios) (?:actuales |anteriores )?como', 'así como', 'con el (?:respaldo|apoyo) de',
    '(?:ha )?contado con (?:la participación de)?', '(?:\\S+ )?nuev[oa]s (?:inversores|inversionistas|socios|accionistas)\\s*:'],
  participantWeak: ['como'],
  participantAfter: ['también participaron', 'participaron', 'también participó', 'participó', '(?:han sido|fueron|son) los (?:principales|mayores) (?:inversores|inversionistas)'],
  past: ['anteriormente', 'previamente', 'el año pasado', 'al año siguiente', 'el año siguiente', 'ronda anterior', 'después de haber', 'tras haber', 'había (?:captado|levantado|recaudado|obtenido|conseguido)',
    'hace (?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\\d+) (?:años?|meses)'],
  unfinished: ['busca', 'buscará', 'planea', 'prevé', 'negocia', 'en conversaciones'],
  roundNoun: ['ronda', 'financiación', 'financiamiento', 'inversión', 'capital', 'serie [a-j]', 'semilla'],
  and: ['y', 'e'],
};

export const pt: Lexicon = {
  raise: ['capt(?:a|ou)', 'captado', 'levant(?:a|ou)', 'levantado', 'receb(?:e|eu)', 'recebido', 'fech(?:a|ou)', 'anunci(?:a|ou)',
    'obt(?:ém|eve)', 'conquist(?:a|ou)', 'garant(?:e|iu)', 'acaba(?:m)? de (?:receber|captar|levantar|fechar|conquistar|obter|concluir)',
    'arrecad(?:a|ou)', 'arrecadado', '(?:está|estão) anunciando',
    // European Portuguese: "angariou", "acabou de angariar"
    'angari(?:a|ou)', 'angariado', 'acab(?:a|ou) de angariar'],
  invest: ['invest(?:e|iu)', 'lider(?:a|ou)', 'aport(?:a|ou)'],
  leadBefore: ['liderad[ao] por', 'liderad[ao] pel[ao]', 'encabeçad[ao] pel[ao]', 'encabeçad[ao] por', 'co-?liderad[ao] por', 'co-?liderad[ao] pel[ao]s?'],
  leadAfter: ['liderou a rodada', 'liderou o aporte'],
  participantBefore: ['com (?:a )?participação d[eao]s?', 'junto com', 'além d[eao]s?', 'com os fundos', 'com o fundo',
    // "com uma lista de novos investidores que inclui A e B", "com os investidores iniciais A, B e C", "investidores anteriores como A"
    'investidores (?:que|que também) inclui', 'com os investidores (?:iniciais|anteriores|atuais|existentes)', 'investidores (?:anteriores|iniciais|atuais|existentes) como',
    'juntamente com', 'ao lado d[eao]s?', 'com o apoio d[eao]s?',
    // "…a que se juntam dois novos financiadores: a Project A e Creandum"
    '(?:\\S+ )?nov[oa]s (?:financiadores|investidores|acionistas|sócios)\\s*:'],
  participantWeak: ['como'],
  participantAfter: ['também participaram', 'participaram', 'também participou', 'participou', 'entraram', '(?:foram|são) os (?:principais|maiores) investidores'],
  past: ['anteriormente', 'no ano passado', 'no ano seguinte', 'um ano depois', 'rodada anterior', '(?:havia|tinha) (?:captado|levantado|recebido)', 'há (?:um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|\\d+) (?:anos?|meses)', 'rodada anterior', 'em sua rodada anterior',
    'depois de ter', 'após ter'],
  unfinished: ['busca', 'planeja', 'negocia', 'pretende captar'],
  roundNoun: ['rodada', 'ronda', 'aporte', 'investimento', 'financiamento', 'série [a-j]', 'capital semente', 'seed'],
  and: ['e'],
};

export const fr: Lexicon = {
  raise: ['lève', 'lèvent', 'levé', 'a levé', 'vien(?:t|nent) de (?:lever|boucler|réaliser|finaliser)', "vien(?:t|nent) d['’]obtenir", 'boucle', 'bouclé', 'obtient', 'obtenu', 'annonce', 'sécurise', 'réalise', 'récolte', 'conclut', 'finalise',
    // "a annoncé mardi avoir réalisé une levée de fonds de 54 millions"
    'avoir (?:réalisé|levé|bouclé|finalisé|obtenu|sécurisé)', 'réalisé',
    // "a procédé à une levée de fonds": the periphrasis of the press release
    '(?:a )?procédé à (?:la|une) levée', 'procède à (?:la|une) levée',
    // "celui-ci a permis à l'entreprise de lever 145 millions de dollars" (the infinitive after what made it possible)
    '(?<=(?:permis|permet|permettra) à [^,;.]{2,40}?)de lever',
    // a raise told by its noun: "annonce une levée de fonds de 5 M€"
    '(?:annonce|signe|réalise|officialise) (?:une|sa|la) (?:première |nouvelle )?(?:levée|opération|tour de table)',
  ],
  // (and a participle after the figure: "X signe la plus grosse levée avec 20 millions d’euros rassemblés auprès de…")
  raiseWith: ['avec une (?:levée|opération) de', 'grâce à une levée de', 'levés', 'levées', 'rassemblé(?:e|s|es)?', 'récolté(?:e|s|es)?'],
  invest: ['investit', 'investi', 'mène'],
  leadBefore: ['menée par', 'mené par', 'emmenée par', 'dirigée par', 'dirigé par', 'conduite par', 'pilotée par', 'co-menée par', "sous l['’]égide d(?:e la|u|es|e|['’])"],
  leadAfter: ['a mené le tour'],
  // ("Trois fonds complètent le tour de table : A, B et C": they round out the round)
  participantBefore: ['avec la participation de', 'avec la participation d[’\']', 'aux côtés de', 'aux côtés d[’\']', 'auprès de', 'auprès d[’\']',
    // "L'opération a été menée avec l'appui de Bpifrance…, ainsi qu'avec la société d'investissement Eurazeo"
    "avec l['’]appui d(?:e|u|es|['’])", 'avec le soutien d(?:e|u|es|[’\'])', "ainsi qu['’](?:avec )?",
    'complètent (?:le|ce|cette|l[’\']) ?(?:tour de table|opération|levée)(?: de fonds)? ?:'],
  participantWeak: ['avec', 'dont'],
  participantAfter: ['complètent (?:le|ce|cette|l[’\']) ?(?:tour de table|opération|levée)', 'complète (?:le|ce|cette|l[’\']) ?(?:tour de table|opération|levée)',
    'ont (?:tous |toutes |également |aussi )?participé', '(?:sont|ont été|étaient) les (?:principaux|plus gros) investisseurs', 'a (?:également |aussi )?participé', 'ont (?:également |aussi )?(?:remis au pot|réinvesti)'],
  past: ['précédemment', 'après avoir', "l['’]année suivante", "l['’]an suivant", "l['’]an dernier", "l['’]année dernière", 'précédente', 'avait levé', "avait (?:jusqu['’](?:ici|alors|à présent) |déjà )levé", 'il y a (?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\\d+) (?:ans?|mois)', 'précédente levée'],
  unfinished: ['cherche à lever', 'prévoit de lever', 'en discussion'],
  roundNoun: ['levée de fonds', 'tour de table', 'financement', 'investissement', 'série [a-j]', 'amorçage'],
  and: ['et'],
};

export const it: Lexicon = {
  raise: ['raccoglie', 'raccolto', 'chiude', 'chiuso', 'ottiene', 'ottenuto', 'incassa', 'annuncia',
    // the raise told by its noun: "è stata comunicata la chiusura di un finanziamento di 800mila euro a favore di X"
    'chiusura di un (?:nuovo )?(?:round|finanziamento|aumento di capitale)', 'deliberato', 'ha chiuso'],
  invest: ['investe', 'guida'],
  leadBefore: ['guidato da', 'guidata da', 'condotto da', 'capitanato da', "a guidare il round(?: è| sono)?", "a guidare l['’](?:investimento|operazione|round) (?:sia|è|sono)"],
  leadAfter: ['ha guidato il round', 'in qualità di (?:lead investor|investitore principale|capofila)'],
  // ("All'aumento di capitale ha partecipato anche Riso Gallo": the verb before its subject)
  participantBefore: ['con la partecipazione di', 'insieme a(?:l|lla|i|gli|d)?', '(?:a loro )?si aggiung(?:e|ono)(?: (?:anche|nuovamente))?',
    '(?:ha|hanno) (?:partecipato|preso parte) anche'],
  participantWeak: ['tra cui'],
  participantAfter: ['hanno partecipato', 'ha partecipato'],
  past: ['in precedenza', "l'anno scorso", 'precedente', "l['’]anno successivo", "l['’]anno seguente"],
  unfinished: ['punta a raccogliere', 'in trattative'],
  roundNoun: ['round', 'finanziamento', 'investimento', 'aumento di capitale', 'serie [a-j]'],
  and: ['e'],
};
