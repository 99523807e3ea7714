// Indonesian (Bahasa Indonesia): the phrases Indonesian and Malaysian tech press write funding news with.
// Verbs take the meN- prefix in the active voice ("meraih", "mengumpulkan") and di- in the passive
// ("dipimpin oleh"); "mengumumkan perolehan pendanaan" is "announces it has obtained funding".
import type { Lexicon } from './types';

export const id: Lexicon = {
  raise: ['meraih', 'meraup', 'mengumpulkan', 'memperoleh', 'mendapatkan', 'mendapat', 'menerima', 'mengantongi', 'menggalang',
    'menutup', 'mengamankan', 'berhasil (?:meraih|meraup|mengumpulkan|memperoleh|mendapatkan|mengantongi|menggalang)',
    'mengumumkan (?:perolehan|penutupan|pendanaan)', 'kembali (?:meraih|mendapatkan|memperoleh|mengantongi)'],
  invest: ['berinvestasi', 'menanamkan modal', 'memimpin', 'menyuntikkan dana', 'menyuntik'],
  leadBefore: ['dipimpin oleh', 'dipimpin', 'dimotori oleh', 'dimotori', 'dengan investor utama'],
  leadAfter: ['memimpin putaran', 'memimpin pendanaan', 'bertindak sebagai investor utama'],
  participantBefore: ['dengan partisipasi dari', 'dengan partisipasi', 'partisipasi dari', 'turut diikuti oleh', 'juga diikuti oleh', 'diikuti oleh',
    'bersama dengan', 'bersama', 'serta investor', 'investor sebelumnya', 'investor lama'],
  participantWeak: ['dari', 'termasuk', 'seperti', 'antara lain'],
  participantAfter: ['juga berpartisipasi', 'turut berpartisipasi', 'ikut berpartisipasi', 'turut serta', 'juga ikut serta'],
  past: ['sebelumnya', 'tahun lalu', 'pada tahun sebelumnya', 'putaran sebelumnya', 'pernah (?:meraih|mendapatkan|memperoleh|mengantongi)'],
  unfinished: ['berencana', 'tengah menjajaki', 'sedang menjajaki', 'dalam pembicaraan', 'sedang mencari', 'akan menggalang', 'menargetkan'],
  roundNoun: ['pendanaan', 'putaran pendanaan', 'investasi', 'seri [a-j]', 'pendanaan awal', 'tahap awal', 'pendanaan tahap awal'],
  and: ['dan'],
};
