// Hindi funding sentences, in our own words: the raiser before "ने" / "को", leads before "के नेतृत्व में",
// other investors before "ने भी हिस्सा लिया", and what is past or only planned.
import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const rounds = (...paragraphs: string[]) => extract({ title: '', paragraphs, site: null, url: null, published: '2024-06-10' }).rounds;
const view = (...paragraphs: string[]) => rounds(...paragraphs).map((r) => ({
  primary: r.primary, company: r.company, stage: r.stage, amount: r.amount && [r.amount.value, r.amount.currency], valuation: r.valuation?.value ?? null,
  leads: r.investors.filter((i) => i.role === 'lead').map((i) => i.name), others: r.investors.filter((i) => i.role !== 'lead').map((i) => i.name),
}));

describe('Hindi rounds', () => {
  it('the name before ने raised; the list before के नेतृत्व में led; the next sentence adds investors', () => expect(view(
    'पुणे की एग्रीटेक स्टार्टअप खेतवाला ने नीलगिरि वेंचर्स के नेतृत्व में सीरीज ए राउंड में 12 मिलियन डॉलर जुटाए हैं। इस राउंड में सतपुड़ा कैपिटल और अरावली पार्टनर्स ने भी हिस्सा लिया।'))
    .toEqual([{ primary: true, company: 'खेतवाला', stage: 'series_a', amount: [12e6, 'USD'], valuation: null, leads: ['नीलगिरि वेंचर्स'], others: ['सतपुड़ा कैपिटल', 'अरावली पार्टनर्स'] }]));

  it('a company that got (मिली) seed funding; "इस राउंड का नेतृत्व X ने किया" names the lead', () => expect(view(
    'हेल्थटेक प्लेटफॉर्म सेहतघर को 25 करोड़ रुपये की सीड फंडिंग मिली है। इस राउंड का नेतृत्व नीलगिरि वेंचर्स ने किया।'))
    .toMatchObject([{ company: 'सेहतघर', stage: 'seed', amount: [250e6, 'INR'], leads: ['नीलगिरि वेंचर्स'] }]));

  it('Latin names in a Hindi sentence, and the valuation in the sentence after', () => expect(view(
    'ऑनलाइन शिक्षा कंपनी Padhlo ने 10 करोड़ डॉलर जुटाए हैं, जिसका नेतृत्व Gomti Capital ने किया। कंपनी का मूल्यांकन 60 करोड़ डॉलर हो गया है।'))
    .toMatchObject([{ company: 'Padhlo', amount: [100e6, 'USD'], valuation: 600e6, leads: ['Gomti Capital'] }]));

  it('a round only being prepared ("जुटाने की तैयारी में") is no round', () =>
    expect(rounds('शिक्षा कंपनी पढ़ोघर 2 अरब डॉलर के मूल्यांकन पर 5 करोड़ डॉलर जुटाने की तैयारी में है।')).toEqual([]));

  it('a round it "had raised" (जुटाए थे) is only mentioned', () => expect(view(
    'इससे पहले खेतवाला ने नीलगिरि वेंचर्स से 20 लाख डॉलर जुटाए थे।').map((r) => r.primary)).toEqual([false]));

  it('an alias in brackets before ने, "जुटाकर" (having raised), the valuation earlier in its clause', () => expect(view(
    'एडटेक कंपनी पढ़ाईघर (पीजी) ने 21 करोड़ डॉलर जुटाकर अपना सीरीज बी राउंड पूरा किया। कंपनी का मूल्यांकन दोगुना बढ़कर 2.8 अरब डॉलर हो गया।'))
    .toMatchObject([{ company: 'पढ़ाईघर', stage: 'series_b', amount: [210e6, 'USD'], valuation: 2.8e9 }]));

  it('"X ने कहा कि उसने … जुटाए": the company said it raised; a number in words ("एक अरब")', () => expect(view(
    'डिजिटल पेमेंट्स कंपनी पैसाघर ने कहा कि उसने एक अरब डॉलर जुटाए हैं।'))
    .toMatchObject([{ company: 'पैसाघर', amount: [1e9, 'USD'] }]));

  it('a speaker quoted is no raiser, and the quote opens the lead list', () => {
    const names = rounds("पैसाघर के सीईओ रमेश वर्मा ने पुष्टि की और कहा, 'गोमती कैपिटल की अगुवाई में एक अरब डॉलर जुटाए हैं।'").flatMap((r) => [r.company, ...r.investors.map((i) => i.name)]);
    expect(names).not.toContain('सीईओ रमेश वर्मा');
    expect(names.filter((n) => /कहा|'/u.test(n ?? ''))).toEqual([]);
  });

  it('"A के साथ-साथ B और C जैसे निवेशकों": a list joined by "as well as"; a Latin name after its description; a fund\'s number', () => expect(view(
    'खेतवाला ने 10 करोड़ डॉलर जुटाए हैं। इस राउंड का नेतृत्व सिंगापुर के सॉवरेन फंड GIC और नीलगिरि विजन फंड 2 ने किया और इसमें सतपुड़ा कैपिटल के साथ-साथ अरावली पार्टनर्स जैसे इसके मौजूदा निवेशकों की भी भागीदारी रही।'))
    .toMatchObject([{ company: 'खेतवाला', leads: ['GIC', 'नीलगिरि विजन फंड 2'], others: ['सतपुड़ा कैपिटल', 'अरावली पार्टनर्स'] }]));
});
