/** The words a caption uses to ask for a name's reading: フリガナ, カナ, ひらがな… */
export const READING_WORD = String.raw`(?:フリガナ|ふりがな|カタカナ|ひらがな|カナ|かな)`;

/** A reading word in brackets after a caption: 氏名（カナ）, 名前(ふりがな). */
export const BRACKETED_READING = String.raw`[(（]\s*${READING_WORD}\s*[)）]`;
