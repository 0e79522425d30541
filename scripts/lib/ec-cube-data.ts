// The constants and master data an EC-CUBE 2 shop fills its templates with, as a stock install
// ships them, so that rendered templates show what a real shop page shows.

const PREFECTURES = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県',
  '千葉県', '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県',
  '愛知県', '三重県', '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県',
  '広島県', '山口県', '徳島県', '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県', '熊本県', '大分県',
  '宮崎県', '鹿児島県', '沖縄県',
];

function numbered(values: string[], from = 1): Array<[string, string]> {
  return values.map((v, i) => [String(i + from), v]);
}

function range(from: number, to: number): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = from; i <= to; i++) out.push([String(i), String(i)]);
  return out;
}

export const EC_CUBE_CONSTANTS: Record<string, string | number | boolean> = {
  FORM_COUNTRY_ENABLE: false,
  USE_MULTIPLE_SHIPPING: true,
  CUSTOMER_CONFIRM_MAIL: false,
  DEFAULT_COUNTRY_ID: 392,
  TRANSACTION_ID_NAME: 'transactionid',
  SAMPLE_ADDRESS1: '市区町村名 (例：千代田区神田神保町)',
  SAMPLE_ADDRESS2: '番地・ビル名 (例：1-3-5)',
  STEXT_LEN: 50,
  MTEXT_LEN: 200,
  MLTEXT_LEN: 3000,
  ZIP01_LEN: 3,
  ZIP02_LEN: 4,
  TEL_ITEM_LEN: 6,
  PASSWORD_MIN_LEN: 8,
  PASSWORD_MAX_LEN: 32,
  DELIV_ADDR_MAX: 20,
  TEMPLATE_REALDIR: '',
  ROOT_URLPATH: '/',
  INPUT_ZIP_URLPATH: '/input_zip.php',
  CART_URL: '/cart/',
  ERR_COLOR: '#ffe8e8',
};

export const EC_CUBE_ARRAYS: Record<string, Array<[string, string]>> = {
  arrPref: numbered(PREFECTURES),
  arrYear: [['', '----'], ...range(1901, 2026).reverse()],
  arrMonth: [['', '--'], ...range(1, 12)],
  arrDay: [['', '--'], ...range(1, 31)],
  arrSex: numbered(['男性', '女性']),
  arrJob: numbered([
    '公務員', 'コンサルタント', 'コンピューター関連技術職', 'コンピューター関連以外の技術職', '金融関係', '医師',
    '弁護士', '総務・人事・事務', '営業・販売', '研究・開発', '広報・宣伝', '企画・マーケティング', 'デザイン関係',
    '会社経営・役員', '出版・マスコミ関係', '学生・フリーター', '主婦', 'その他',
  ]),
  arrReminder: numbered([
    '親の旧姓は？', 'お気に入りのマンガは？', '大好きなペットの名前は？', '初恋の人の名前は？', '面白かった映画は？',
    '尊敬していた先生の名前は？', '好きな食べ物は？',
  ]),
  arrMAILMAGATYPE: numbered(['HTMLメール＋テキストメールを受け取る', 'テキストメールを受け取る', '受け取らない']),
  arrCountry: [['392', '日本'], ['840', 'アメリカ合衆国'], ['156', '中国'], ['410', '韓国']],
};
