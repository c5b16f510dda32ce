/**
 * The shape of the site's notes on what has happened to the guidelines the
 * guide names since it was issued (2012). These are the site's words, not the
 * guide's: every fact in them was read on a public page of the issuer (or of
 * a body the site names), on the date given as `checked`.
 */
import type {Text} from './types';

/** What happened to a guideline, in one word. */
export type SinceGuideKind =
  /** a new guideline on the same subject, later the successor */
  | 'issued'
  /** revised, and given a new name or scope */
  | 'renamed'
  /** merged with another into one */
  | 'merged'
  /** a new edition */
  | 'revised'
  /** a draft of a new edition put out for comment */
  | 'draft'
  /** an amendment of an act, in force */
  | 'amended';

/** A public page the reader can follow. */
export interface SinceGuideSource {
  /** https only */
  url: string;
  /** whose page it is and what it is: 総務省 報道資料（2024年10月1日） */
  caption: Text;
}

/** One thing that happened, with who did it, when, and where it is said. */
export interface SinceGuideStep {
  kind: SinceGuideKind;
  /** the ministry or body that issued it (for an act: the authority in charge) */
  issuer: Text;
  /** the successor's title as its issuer gives it; the English is the site's translation */
  title: Text;
  /** when: YYYY-MM, or YYYY-MM-DD where the day matters (an act coming into force) */
  date: string;
  /** what happened, in the site's words */
  what: Text;
  /** the pages that say so, the issuer's first */
  sources: SinceGuideSource[];
  /** the day the site read the sources: YYYY-MM-DD */
  checked: string;
  /**
   * Where the site read the facts when it was not the source page itself
   * (a public copy of the issuer's own document). Kept for whoever checks
   * the note again; not shown.
   */
  readAt?: string[];
}

interface SinceGuideEntryBase {
  /**
   * What the entry is about: a guideline of the landscape page (its `id` in
   * related/guidelineLandscape.ts, whose name, issuer and date are shown), or
   * an act the guide names (`personalInformationAct`).
   */
  id: string;
}

export interface ConfirmedSinceGuideEntry extends SinceGuideEntryBase {
  status: 'confirmed';
  /** one or two sentences for the notes beside the guide's pages and the planner */
  summary: Text;
  /** oldest first */
  steps: SinceGuideStep[];
}

/** Nothing confirmed on the issuer's pages: said so, rather than guessed. */
export interface UnconfirmedSinceGuideEntry extends SinceGuideEntryBase {
  status: 'notConfirmed';
  /** the day the site last looked: YYYY-MM-DD */
  checked: string;
}

export type SinceGuideEntry = ConfirmedSinceGuideEntry | UnconfirmedSinceGuideEntry;

/**
 * The small part of an entry the notes need (data/sinceGuide.ts): a summary
 * where the site confirmed something, none where it could not.
 */
export interface SinceGuideNoteData {
  id: string;
  /** the day the site last checked: YYYY-MM-DD */
  checked: string;
  /** one or two sentences, the site's words; absent: nothing confirmed */
  summary?: Text;
}
