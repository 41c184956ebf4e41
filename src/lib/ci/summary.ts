import type { Problem } from '../validation/problem.ts';

export interface SummaryInput {
  problems: Problem[];
  /** Files the pull request changes, relative to the repository root. */
  changedFiles: string[];
  validateOutcome: string;
  testOutcome: string;
  /** The download address of the built site, when it was uploaded. */
  artifactUrl?: string;
}

const escape = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The job summary a pull request shows, in Norwegian: every problem with its fix, or, when all is
 * well, the changed entries and where to see them in the built site.
 */
export function ciSummary({ problems, changedFiles, validateOutcome, testOutcome, artifactUrl }: SummaryInput): string {
  const lines: string[] = ['## Kontroll av endringsforespørselen', ''];
  if (problems.length > 0) {
    const files = new Set(problems.map((p) => p.file)).size;
    lines.push(
      `**${problems.length} ${problems.length === 1 ? 'problem' : 'problemer'} i ${files} ${files === 1 ? 'fil' : 'filer'} må rettes.** Hvert problem er også markert på linjen i fanen «Files changed».`,
      '',
      '| Fil og linje | Felt | Hva er galt | Hva du skal skrive |',
      '|---|---|---|---|',
      ...problems.map((p) => `| \`${p.file}:${p.line}\` | \`${p.field}\` | ${escape(p.message)} | ${escape(p.hint)} |`),
      '',
      'Rett filene og lagre (commit) på nytt; kontrollen kjører av seg selv. Forklaringen på hver melding står i CONTRIBUTING.md under «Hva meldingene betyr».',
    );
    return `${lines.join('\n')}\n`;
  }
  if (validateOutcome !== 'success') {
    lines.push(
      '**Innholdskontrollen stoppet uten å finne et bestemt problem.** Se loggen for steget «Sjekk innholdet».',
    );
    return `${lines.join('\n')}\n`;
  }
  if (testOutcome !== 'success') {
    lines.push(
      'Innholdet er gyldig, men **testene eller bygget feilet**. Se loggen for steget «Test og bygg»; ofte er det en side som ikke oppfyller et krav (tilgjengelighet, lenker, størrelse).',
    );
    return `${lines.join('\n')}\n`;
  }
  const entries = changedFiles
    .filter((f) => /^content\/initiatives\/[^/]+\.mdx$/.test(f))
    .map((f) => f.slice('content/initiatives/'.length, -'.mdx'.length));
  lines.push('Alt innhold er gyldig, og alle tester og bygget gikk gjennom.', '');
  if (entries.length > 0) {
    lines.push(
      artifactUrl
        ? `Last ned det bygde nettstedet: [nettsted.zip](${artifactUrl}). Pakk ut og åpne sidene for eksemplene du har endret:`
        : 'Eksemplene du har endret, i det bygde nettstedet:',
      '',
      ...entries.map((slug) => `- \`eksempler/${slug}/index.html\` (blir /eksempler/${slug}/ på nettstedet)`),
    );
  } else {
    lines.push('Endringen rører ingen eksempler.');
  }
  return `${lines.join('\n')}\n`;
}
