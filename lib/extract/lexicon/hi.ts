// Hindi: the words Hindi business news writes funding with. Hindi is verb-final and marks its subject with
// "ने" ("किराना ने … जुटाए": Kirana raised) and its lists with postpositions after them ("X के नेतृत्व में":
// led by X; "X और Y ने भी हिस्सा लिया": X and Y also took part). Names carry no capitals, so the words right
// before a marker, after the last describing word ("फिनटेक स्टार्टअप किराना"), are the name.
import type { Stage } from '../../model';

/** The company got the money ("जुटाए", "हासिल किए"); a perfect in "थे/थी" ("जुटाए थे": had raised) is past. */
export const HI_RAISE = ['जुटा(?:ए|ई|या|यी|कर)', 'जुटा (?:लिए|ली|लिया)', '(?:हासिल|प्राप्त|रेज़?) (?:किए|की|किया|किये)', 'उठा(?:ए|ई|या)'];
/** The company got funding, its name before "को": "किराना को … फंडिंग मिली". */
export const HI_RECEIVED = ['मिल(?:ी|े|ा)', 'मिल गई', 'मिल गए'];
/** An investor invested: "X ने Y में … का निवेश किया". */
export const HI_INVESTED = ['निवेश (?:किया|किए|की|करेगी)'];

/** After the lead list: "X के नेतृत्व में", "X की अगुवाई में"; and "X ने (इस राउंड का) नेतृत्व किया". */
export const HI_LEAD_AFTER = ['के नेतृत्व (?:में|वाले|वाली)', 'की (?:अगुवाई|अगुआई) (?:में|वाले|वाली)'];
export const HI_LEAD_DID = ['ने (?:[^\\s।,]+ ){0,4}(?:नेतृत्व|अगुवाई|अगुआई) (?:किया|की)'];
/** After the list of other investors: "X और Y ने भी हिस्सा लिया", "… भी शामिल थे". */
// (a few words may stand between: "X ने भी इस फंडिंग राउंड में हिस्सा लिया", "X जैसे इसके मौजूदा निवेशकों")
export const HI_PARTICIPANT_AFTER = ['ने भी (?:[^\\s।,]+ ){0,4}(?:हिस्सा|भाग) लिया', 'ने (?:[^\\s।,]+ ){0,4}(?:हिस्सा|भाग) लिया',
  'ने भी (?:[^\\s।,]+ ){0,4}(?:भागीदारी|निवेश) (?:की|किया)', 'भी शामिल (?:थे|थीं|हैं|रहे)', 'जैसे (?:[^\\s।,]+ ){0,2}(?:निवेशकों|निवेशक)',
  'सहित (?:अन्य )?(?:निवेशकों|निवेशक)', 'की भी (?:[^\\s।,]+ ){0,2}भागीदारी'];
/** Joins in a list that are no single word: "A के साथ-साथ B" (A as well as B). */
export const HI_ALONG_WITH = / के साथ-साथ | के साथ ही /gu;
/** Before a list: "निवेशकों में X, Y और Z शामिल हैं" (the investors include X, Y and Z). */
export const HI_INVESTORS_ARE = ['(?:निवेशकों|इन्वेस्टर्स) में'];
export const HI_INVESTORS_ARE_END = ['(?:भी )?शामिल (?:हैं|थे|थीं|रहे)'];

/** Words that join the last two items of a list. */
export const HI_AND = ['और', 'एवं', 'तथा', 'व'];
/** Postpositions and clause words: a name never runs across one. */
export const HI_BOUNDARY = ['ने', 'को', 'में', 'से', 'पर', 'का', 'की', 'के', 'है', 'हैं', 'था', 'थे', 'थी', 'भी', 'तो', 'कि', 'जो', 'यह', 'इस', 'उस', 'एक',
  'इसमें', 'इससे', 'अब', 'साथ', 'लिए', 'द्वारा', 'बताया', 'कहा', 'ही', 'पहले', 'जरिए', 'ज़रिए', 'नेतृत्व', 'अगुवाई', 'अगुआई', 'कहा', 'बताया',
  'जब', 'तब', 'अगर', 'जबकि', 'क्योंकि', 'लेकिन', 'वहीं'];
/** Between the subject and the raise verb, a verb of saying makes the subject the speaker, not the raiser:
 *  "X के सीईओ Y ने कहा कि उसने … जुटाए" (Y said that it raised). */
/** "X ने कहा कि उसने … जुटाए" (X said that it raised): the speaker is the raiser after all. */
export const HI_SAID_IT = /कि (?:उसने|इसने|कंपनी ने|हमने)/u;
export const HI_SAID = /(?<![\p{L}\p{M}])(?:कहा|बताया|पुष्टि की|जानकारी दी)(?![\p{L}\p{M}])/u;
/** Describing words before a name: "फिनटेक स्टार्टअप किराना", "दिग्गज कंपनी फेसबुक". */
// ("फंड", "वेंचर" end names — "सॉफ्टबैंक विजन फंड" — so they are not here)
export const HI_DESCRIPTOR = ['कंपनी', 'स्टार्टअप', 'स्टार्ट-अप', 'प्लेटफॉर्म', 'प्लेटफार्म', 'फर्म', 'ऐप', 'ब्रांड', 'निवेशक', 'निवेशकों', 'कंपनियों',
  'मौजूदा', 'दिग्गज', 'आधारित', 'स्थित', 'संस्थापक', 'प्रदाता', 'निर्माता', 'मार्केटप्लेस', 'कैपिटलिस्ट', 'मैनेजर', 'इसके', 'उसके', 'शेयरहोल्डर'];
/** Scale words after a figure (as lexicon/magnitudes.ts reads them): करोड़ with its precomposed or nukta ड़. */
export const HI_SCALES = ['अरब', 'करो(?:\u095c|\u0921\u093c)', 'लाख', 'मिलियन', 'बिलियन'];
/** Numbers in words before a scale: "एक अरब डॉलर" (one billion dollars). */
export const HI_NUMBER_WORDS: Record<string, string> = { 'एक': '1', 'दो': '2', 'तीन': '3', 'चार': '4', 'पांच': '5', 'पाँच': '5', 'दस': '10', 'सौ': '100' };
/** Words that are never a name on their own ("इस राउंड": this round; "कंपनी": the company). */
export const HI_NOT_A_NAME = ['राउंड', 'फंडिंग', 'निवेश', 'रकम', 'राशि', 'कंपनी', 'स्टार्टअप', 'उन्होंने', 'हमने', 'इन्होंने', 'जिसने', 'इसने', 'उसने', 'सरकार'];
/** "the company", "the startup": the sentence speaks of the raiser without naming it. */
export const HI_REFERS = ['कंपनी ने', 'स्टार्टअप ने', 'कंपनी को', 'स्टार्टअप को'];

/** The round is past ("had raised", "earlier", "last year"). */
export const HI_PAST = ['इससे पहले', 'पिछले (?:साल|वर्ष|महीने)', 'पहले भी', '(?:जुटाए|जुटाई|जुटाया) (?:थे|थी|था)', 'अब तक'];
/** The round is not done: "preparing to raise", "in talks", "plans". */
export const HI_UNFINISHED = ['की तैयारी', 'बातचीत', 'योजना', 'जुटा सकती', 'जुटा सकता', 'जुटाने (?:की|के)', 'चर्चा'];
/** Before or after the figure, the company's worth: "23 अरब डॉलर के मूल्यांकन पर". */
export const HI_VALUATION = ['मूल्यांकन', 'वैल्यूएशन', 'वैल्यू', 'मूल्य'];

/** Series letters as Hindi writes them (ए, बी, सी…), seed and the rest. */
const LETTERS: Record<string, string> = { 'ए': 'a', 'बी': 'b', 'सी': 'c', 'डी': 'd', 'ई': 'e', 'एफ': 'f' };
const seriesOf = (m: RegExpExecArray): Stage => `series_${LETTERS[m[1]!] ?? m[1]!.toLowerCase()}` as Stage;
export const HI_STAGES: [RegExp, (m: RegExpExecArray) => Stage][] = [
  [/प्री[- ]?(?:सीरीज|सीरिज़?)[- ]?(?:ए|A)(?![\p{L}\p{M}])/u, () => 'seed'],
  [/(?:सीरीज|सीरिज़?)[- ]?(एफ|ए|बी|सी|डी|ई|[A-J])(?![\p{L}\p{M}])/u, seriesOf],
  [/प्री[- ]?सीड/u, () => 'pre_seed'],
  [/सीड(?![\p{L}\p{M}])/u, () => 'seed'],
  [/एंजेल (?:राउंड|फंडिंग)/u, () => 'angel'],
  [/ब्रिज (?:राउंड|फंडिंग)/u, () => 'bridge'],
  [/डेट (?:फंडिंग|फाइनेंसिंग)|कर्ज/u, () => 'debt'],
];

/** A sentence with these words speaks of the round or its investors ("इस राउंड में … ने भी हिस्सा लिया"). */
export const HI_FUNDING_WORDS = /(?:राउंड|फंडिंग|निवेश|हिस्सा लिया|भाग लिया|शामिल)/u;
