import { enumOf, type Vocabulary } from './vocabulary.ts';

/** KS PRI's mandate covers exactly these two societal challenges (report, Forord). */
export const challenges = {
  'ungt-utenforskap': {
    label: 'Ungt utenforskap',
    slug: 'ungt-utenforskap',
    description: 'Unge som står utenfor utdanning, arbeid og fellesskap.',
  },
  demografi: {
    label: 'Demografiutfordringene',
    slug: 'demografi',
    description: 'Flere eldre og færre i arbeidsfør alder til å gi tjenester.',
  },
} as const satisfies Vocabulary<string>;

export type ChallengeId = keyof typeof challenges;

export const challengeSchema = enumOf(challenges, 'Hvilken av KS PRIs to samfunnsutfordringer tiltaket svarer på.', 'Samfunnsutfordring');
