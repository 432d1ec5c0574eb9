// Whether a printed number can be dialled from a phone as it stands, and what the tel: link says.
// An adviser taps the link mid-call, so a link must never dial the wrong thing: a fax or minicom line
// is labelled and not linked, a number the source prints without its area code is shown as printed
// (we do not guess the code), and an extension is kept as a pause after the main number.
import type { Phone } from '../knowledge/schema.js';

export type LineKind = 'voice' | 'fax' | 'minicom';

export interface DiallablePhone {
  /** As printed. */
  number: string;
  label?: string;
  note?: string;
  kind: LineKind;
  /** For a tel: link: the digits, then "," (a pause) and the extension if one is printed. Absent: not to be dialled. */
  dial?: string;
  /** The extension as digits, shown beside the number. */
  extension?: string;
  /** Why there is no link, in words for the page. */
  notDialable?: string;
}

const FAX = /\bfax\b/i;
const MINICOM = /\b(minicom|textphone|text ?phone|typetalk)\b/i;

// A UK number dials as printed when it starts with its 0 (area code or prefix; freephone numbers can be
// as short as Childline's 0800 1111) or +44, or is a short service number: 999, 112, 101, 111 and the
// other 1xx codes, and the 116 xxx helplines. Anything else is a local number missing its area code.
const FULL_NUMBER = /^(0\d{7,10}|\+44\d{9,10})$/;
const SHORT_CODE = /^(999|112|1\d{2}|116\d{3})$/;

function lineKind(phone: Phone): LineKind {
  const words = `${phone.label ?? ''} ${phone.note ?? ''}`;
  if (MINICOM.test(words)) return 'minicom';
  if (FAX.test(words)) return 'fax';
  return 'voice';
}

export function diallable(phone: Phone): DiallablePhone {
  const [main = '', extensionPart] = phone.number.split(/\s*ext\.?\s*/i);
  const digits = main.replace(/[^0-9+]/g, '');
  const extension = extensionPart?.replace(/\D/g, '') || undefined;
  const kind = lineKind(phone);
  const base = { number: phone.number, label: phone.label, note: phone.note, kind, ...(extension ? { extension } : {}) };
  if (kind === 'fax') return { ...base, notDialable: 'Fax: not for calls' };
  if (kind === 'minicom') return { ...base, notDialable: 'Minicom (textphone): not for voice calls' };
  if (!FULL_NUMBER.test(digits) && !SHORT_CODE.test(digits)) {
    return { ...base, notDialable: 'Printed without an area code: check the code before dialling' };
  }
  return { ...base, dial: extension ? `${digits},${extension}` : digits };
}
