// Short articles of our own, one per language the extractor reads, written the way funding news is: a
// headline, a lead with the raise, the lead investor and the others, a valuation, an earlier round. The
// warm-up reads them so a fresh background has compiled the patterns a real page will use.
const page = (lang: string, title: string, paragraphs: string[]): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>` +
  `<meta property="article:published_time" content="2024-03-12"></head><body><article><h1>${title}</h1>` +
  paragraphs.map((p) => `<p>${p}</p>`).join('') + '</article></body></html>';

export const WARM_UP_PAGES: readonly string[] = [
  page('en', 'Tidewater Robotics raises $40 million Series B led by Harbor Point Ventures', [
    'Tidewater Robotics, a Boston-based maker of warehouse robots, said on Tuesday it has raised $40 million in a Series B round led by Harbor Point Ventures, with participation from Northwind Capital, Juniper Partners and existing investor Crestline Ventures.',
    'The round values the company at about $300 million, according to a person familiar with the deal. Tidewater previously raised a $12 million Series A in 2022 and a $3 million seed round the year before.',
    'Angel investors including Maria Okafor also joined the financing. The startup will use the funds to hire engineers and expand into Europe, chief executive Dan Whitlock said.',
  ]),
  page('de', 'Berliner Start-up Feldwerk sammelt 12 Millionen Euro ein', [
    'Das Berliner Start-up Feldwerk hat in einer Series-A-Finanzierungsrunde 12 Millionen Euro eingesammelt. Angeführt wurde die Runde von Lindenhof Capital, auch die Bestandsinvestoren Nordlicht Ventures und Isar Partners beteiligten sich.',
    'Zuvor hatte das Unternehmen 2022 eine Seed-Runde über 2,5 Millionen Euro abgeschlossen.',
  ]),
  page('fr', 'La start-up lyonnaise Brisemer lève 8 millions d’euros', [
    'La start-up lyonnaise Brisemer annonce une levée de fonds de 8 millions d’euros en série A, menée par Rhône Capital avec la participation de Vallée Ventures et de plusieurs business angels.',
    'La jeune pousse avait déjà levé 1,5 million d’euros en amorçage en 2022.',
  ]),
  page('es', 'La fintech Monteverde recauda 15 millones de dólares en una ronda Serie A', [
    'La fintech mexicana Monteverde ha recaudado 15 millones de dólares en una ronda Serie A liderada por Sierra Alta Ventures, con la participación de Pampa Capital y Andes Partners.',
    'La compañía había levantado una ronda semilla de 3 millones de dólares en 2022.',
  ]),
  page('pt', 'Startup Cajuína capta R$ 50 milhões em rodada série A', [
    'A startup paulista Cajuína captou R$ 50 milhões em uma rodada série A liderada pela Ipê Ventures, com participação da Serra Capital e de investidores-anjo.',
  ]),
  page('zh', '云帆科技完成数亿元B轮融资', [
    '云帆科技宣布完成3亿元人民币B轮融资，本轮融资由星河资本领投，启明创投、青松基金跟投。公司此前曾获得5000万元A轮融资。',
    '云帆科技成立于2019年，总部位于杭州，专注于工业机器人视觉系统的研发。本轮融资将主要用于产品研发、市场拓展和团队建设。',
  ]),
  page('ja', '青葉ロボティクス、シリーズBで20億円を調達', [
    '青葉ロボティクスは、シリーズBラウンドで総額20億円の資金調達を実施したと発表した。リード投資家は北斗キャピタルで、東雲ベンチャーズなどが参加した。',
    '同社は2020年に設立され、物流倉庫向けの自律搬送ロボットを開発している。調達した資金は、製品開発と人材採用の強化に充てる。',
  ]),
  page('ko', '한빛로보틱스, 150억원 규모 시리즈B 투자 유치', [
    '한빛로보틱스는 150억원 규모의 시리즈B 투자를 유치했다고 밝혔다. 이번 투자는 새봄인베스트먼트가 주도했으며 누리벤처스가 참여했다.',
    '2019년 설립된 한빛로보틱스는 물류 창고용 자율주행 로봇을 개발하는 스타트업이다. 회사는 이번 투자금을 연구개발과 해외 진출에 사용할 계획이다.',
  ]),
];
