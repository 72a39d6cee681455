/**
 * Where pmcheck's rules come from. Every rule cites its sources by key; docs/sources.md is
 * generated from this list (with the rules that cite each source), and the customer review
 * names a source by title and publisher, never by a file number.
 */

export interface Source {
  title: string;
  /** Who published it, as far as the copy we hold says. */
  publisher: string;
  /** Author, where named. */
  author?: string;
  /** What it is about, in a sentence. */
  subject: string;
  /** How to find it: the file among the project's domain notes, or a public reference. */
  reference: string;
  /** What pmcheck takes from it. */
  contributes: string;
}

export const SOURCES = {
  'tpm-guide': {
    title:
      'Why technical project management matters: why IT projects fail without it, and what good looks like in practice',
    publisher:
      'A UK IT consultancy (Microsoft Partner, Cyber Essentials Plus, ISO 27001), Swalwell, Newcastle upon Tyne',
    subject:
      'A guide for SMEs, updated February 2026, drawn from "over a decade of delivering IT projects for UK businesses".',
    reference: 'Domain notes, file 002_19ed8548e0bcfd19.txt',
    contributes:
      'The main source: no single point of accountability, scope creep, "progressing well" reports that hide slips; scoping and sign-off, vendor sequencing, the risk register, milestones with go/no-go gates, budget tracking and change control; four worked scenarios (office relocation, cloud migration, Cyber Essentials, multi-site network refresh); and the four thresholds for when work needs formal project management.',
  },
  'partner-pm-mistakes': {
    title: 'The top three project management mistakes partners make',
    publisher: 'Westcon-Comstor',
    author: "Tim O'Toole, Director, Project Management Office",
    subject: 'Why project management protects a channel partner’s delivery, margin and reputation.',
    reference: 'Domain notes, file 000_d47432dd56c3f8ef.txt',
    contributes:
      'Mistake 1, cutting project management to hit a price; mistake 2, leaving project management to technical resources; mistake 3, relying on engineers to flag every risk.',
  },
  'outsourcing-pm': {
    title: 'Outsourcing Project Management – What’s Behind the Decision?',
    publisher: 'A technology channel services provider (not named in the copy we hold)',
    subject: 'When MSPs and channel partners should bring in an outside project manager.',
    reference: 'Domain notes, file 001_598b1120383cff0e.txt',
    contributes: 'Short projects, multi-site rollouts and keeping the internal team small.',
  },
  'msp-operational-pm': {
    title: 'Project management and operational execution in Microsoft 365 and security projects',
    publisher: 'A managed service provider (title and name not preserved in the copy we hold)',
    subject: 'Communication, escalation, ownership and leadership visibility during SMB IT change.',
    reference: 'Domain notes, file 003_2cc296884876ae22.txt',
    contributes:
      'Communication with users, escalation management, ownership, and piloting before an organisation-wide rollout.',
  },
  'pm-six-ways': {
    title: '6 ways to get more from your IT project manager',
    publisher: 'Backbone Connect',
    author: 'Chris Topping, Head of Project Delivery',
    subject: 'The client side of a project: what to tell the project manager and when.',
    reference: 'Domain notes, file 004_bcc6a1ae56545a6b.txt',
    contributes:
      'The kick-off meeting, honest scoping, choosing agile or PRINCE2, and agreeing how often updates are sent.',
  },
  'dcma-14': {
    title: 'DCMA 14-Point Schedule Assessment',
    publisher:
      'Defense Contract Management Agency (US), EVMS Program Analysis Pamphlet DCMA-EA PAM 200.1, October 2012',
    subject: 'Fourteen checks of an integrated master schedule’s quality, with thresholds.',
    reference: 'DCMA-EA PAM 200.1 (October 2012), section 4',
    contributes:
      'The fourteen checks and their thresholds, counted over the unfinished tasks (summaries, level of effort and milestones left out): logic (at most 5% without a predecessor or successor), leads (none), lags (5%), relationship types (at least 90% finish-to-start), hard constraints (5%), high float and high duration (more than 44 working days on at most 5%), negative float (none), invalid dates (none), resources, missed tasks (5%), the critical path test, and the critical path length and baseline execution indices (0.95).',
  },
  evm: {
    title: 'Earned Value Management',
    publisher: 'ANSI/EIA-748 and the PMI Practice Standard for Earned Value Management',
    subject: 'Measuring cost and schedule performance against a baseline: PV, EV, AC, CPI and SPI.',
    reference: 'ANSI/EIA-748; PMI, Practice Standard for Earned Value Management',
    contributes: 'The cost and schedule performance indices and their usual amber and red thresholds.',
  },
  taskjuggler: {
    title: 'TaskJuggler',
    publisher: 'The TaskJuggler open-source project scheduler',
    subject: 'A text-first project scheduler.',
    reference: 'taskjuggler.org; its scheduler reports `loop_detected` for circular dependencies',
    contributes: 'Reporting a dependency loop with the whole loop named.',
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;

/** A rule's citation: a source and, where it helps, the section or point. */
export interface Citation {
  source: SourceKey;
  at?: string;
}

export const cite = (source: SourceKey, at?: string): Citation => (at ? { source, at } : { source });

/** "Why technical project management matters …, “No single point of accountability”" for people. */
export function citationText(c: Citation, style: 'short' | 'full' = 'short'): string {
  const s: Source = SOURCES[c.source];
  const title = style === 'full' ? `${s.title} (${s.publisher})` : shortTitle(c.source);
  return c.at ? `${title}: ${c.at}` : title;
}

/** A short name for a source, for terminal output. */
export function shortTitle(key: SourceKey): string {
  const s: Source = SOURCES[key];
  const cut = s.title.indexOf(':');
  return cut > 20 ? s.title.slice(0, cut) : s.title;
}
