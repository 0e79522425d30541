// Registrable domains of official and major service sites a moving person fills forms on. A host
// that imitates one of these (or a registered provider's) gets a warning in the guess panel.
export const OFFICIAL_DOMAINS: readonly string[] = [
  // government and public services
  'digital.go.jp',
  'myna.go.jp',
  'e-gov.go.jp',
  'soumu.go.jp',
  'nta.go.jp',
  'mhlw.go.jp',
  'nenkin.go.jp',
  'npa.go.jp',
  // post and broadcasting
  'japanpost.jp',
  'nhk.or.jp',
  // electricity
  'tepco.co.jp',
  'kepco.co.jp',
  'chuden.co.jp',
  'tohoku-epco.co.jp',
  'kyuden.co.jp',
  'energia.co.jp',
  'hepco.co.jp',
  'rikuden.co.jp',
  'yonden.co.jp',
  'okiden.co.jp',
  // gas
  'tokyo-gas.co.jp',
  'osakagas.co.jp',
  'tohogas.co.jp',
  'saibugas.co.jp',
  // telecoms
  'ntt-east.co.jp',
  'ntt-west.co.jp',
  'docomo.ne.jp',
  'au.com',
  'softbank.jp',
  'rakuten.co.jp',
  // banks
  'mufg.jp',
  'smbc.co.jp',
  'mizuhobank.co.jp',
  'resonabank.co.jp',
];
