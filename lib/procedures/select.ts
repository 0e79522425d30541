import type { Procedure, Purpose, Question } from '../providers/procedure-schema';

export type Answers = Partial<Record<Question, boolean>>;

/** Entries of a purpose whose required answers match. An unanswered question does not exclude an
 * entry (better shown than missed — 申請漏れ). */
export function selectProcedures(entries: readonly Procedure[], purpose: Purpose, answers: Answers): Procedure[] {
  return entries.filter(
    (e) =>
      e.purposes.includes(purpose) &&
      Object.entries(e.appliesIf ?? {}).every(([q, wanted]) => {
        const given = answers[q as Question];
        return given === undefined || given === wanted;
      }),
  );
}
