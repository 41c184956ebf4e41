import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import {
  allowedElements,
  allowedHeadingDepths,
  allowedNodeTypes,
  maxAttributeLength,
  maxNestingDepth,
} from './allow-list.ts';
import { urlProblem } from './safe-url.ts';

/** One refused node, at its place in the body (1-based line and column, relative to the body). */
export interface BodyIssue {
  line: number;
  column: number;
  message: string;
  hint: string;
}

const elementList = Object.keys(allowedElements)
  .map((name) => `<${name}>`)
  .join(', ');

/** What each refused node type is, for editors, and what to write instead. */
const refused: Record<string, { message: string; hint: string }> = {
  mdxjsEsm: {
    message: 'import/export er kode og er ikke tillatt i et eksempel',
    hint: 'fjern linjen; skriv bare tekst og Markdown',
  },
  mdxFlowExpression: { message: 'klammeparenteser { } er kode i MDX', hint: 'fjern dem, eller skriv teksten uten { }' },
  mdxTextExpression: { message: 'klammeparenteser { } er kode i MDX', hint: 'fjern dem, eller skriv teksten uten { }' },
  html: { message: 'rå HTML er ikke tillatt', hint: `skriv Markdown; tillatte elementer er ${elementList}` },
  image: { message: 'bilder er ikke tillatt i eksempler', hint: 'fjern bildet; beskriv det med ord om det trengs' },
  imageReference: {
    message: 'bilder er ikke tillatt i eksempler',
    hint: 'fjern bildet; beskriv det med ord om det trengs',
  },
  definition: {
    message: 'referansedefinisjoner («[navn]: adresse») er ikke tillatt',
    hint: 'skriv lenken direkte: [tekst](https://…)',
  },
  linkReference: {
    message: 'referanselenker («[tekst][navn]») er ikke tillatt',
    hint: 'skriv lenken direkte: [tekst](https://…)',
  },
  footnoteReference: { message: 'fotnoter er ikke tillatt', hint: 'skriv opplysningen i teksten' },
  footnoteDefinition: { message: 'fotnoter er ikke tillatt', hint: 'skriv opplysningen i teksten' },
  code: {
    message: 'kodeblokker er ikke tillatt i eksempler',
    hint: 'skriv vanlig tekst; bruk `…` for et kort ord som skal stå som kode',
  },
  thematicBreak: {
    message: 'skillelinjer («---») er ikke tillatt i teksten',
    hint: 'bruk en overskrift «## …» for å dele teksten',
  },
  delete: { message: 'gjennomstreking er ikke tillatt', hint: 'skriv teksten slik den skal stå' },
};

function at(node: Nodes, issue: Omit<BodyIssue, 'line' | 'column'>): BodyIssue {
  const start = node.position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1, ...issue };
}

function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement): BodyIssue[] {
  const name = node.name;
  if (name === null)
    return [at(node, { message: 'tomme JSX-elementer («<>…</>») er ikke tillatt', hint: 'fjern <> og </>' })];
  const attributes = allowedElements[name];
  if (!attributes || !Object.hasOwn(allowedElements, name)) {
    const component = /^[A-Z]|[.:]/.test(name);
    return [
      at(node, {
        message: `<${name}> er ikke tillatt${component ? ' (komponenter kan ikke brukes i eksempler)' : ''}`,
        hint: `skriv Markdown i stedet; tillatte HTML-elementer er ${elementList}`,
      }),
    ];
  }
  const issues: BodyIssue[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      issues.push(
        at(node, {
          message: `<${name}> har et uttrykk i { } blant attributtene`,
          hint: 'fjern { … }; attributter skrives som navn="tekst"',
        }),
      );
      continue;
    }
    if (!attributes.includes(attribute.name)) {
      const allowed = attributes.length ? `tillatt er ${attributes.join(', ')}` : `<${name}> tar ingen attributter`;
      issues.push(
        at(node, {
          message: `attributtet «${attribute.name}» er ikke tillatt på <${name}>`,
          hint: `fjern det; ${allowed}`,
        }),
      );
      continue;
    }
    if (typeof attribute.value !== 'string') {
      const what =
        attribute.value === null || attribute.value === undefined ? 'mangler verdi' : 'har et uttrykk i { } som verdi';
      issues.push(
        at(node, {
          message: `attributtet «${attribute.name}» på <${name}> ${what}`,
          hint: `skriv ${attribute.name}="tekst"`,
        }),
      );
      continue;
    }
    if (attribute.value.length > maxAttributeLength) {
      issues.push(
        at(node, {
          message: `attributtet «${attribute.name}» er lengre enn ${maxAttributeLength} tegn`,
          hint: 'kort det ned',
        }),
      );
    }
  }
  return issues;
}

/**
 * Walks a parsed body against the allow-list. Each refused node is reported once, at its position,
 * and not descended into: what is inside a refused node never reaches the page anyway.
 */
export function checkBody(tree: Root): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const visit = (node: Nodes, depth: number) => {
    if (depth > maxNestingDepth) {
      issues.push(
        at(node, {
          message: `teksten er nestet dypere enn ${maxNestingDepth} nivåer`,
          hint: 'bruk færre lister eller sitater inni hverandre',
        }),
      );
      return;
    }
    if (!(allowedNodeTypes as readonly string[]).includes(node.type)) {
      issues.push(
        at(
          node,
          refused[node.type] ?? {
            message: `«${node.type}» er ikke tillatt i et eksempel`,
            hint: 'skriv vanlig tekst og Markdown',
          },
        ),
      );
      return;
    }
    if (node.type === 'heading' && !(allowedHeadingDepths as readonly number[]).includes(node.depth)) {
      const hashes = allowedHeadingDepths.map((d) => `«${'#'.repeat(d)}»`).join(' eller ');
      issues.push(at(node, { message: `overskrifter på nivå ${node.depth} er ikke tillatt`, hint: `bruk ${hashes}` }));
    }
    if (node.type === 'link') {
      const problem = urlProblem(node.url);
      if (problem)
        issues.push(
          at(node, {
            message: `lenken er ikke tillatt: ${problem}`,
            hint: 'bruk en https://-adresse, eller en side her som starter med /',
          }),
        );
      if (node.title)
        issues.push(
          at(node, {
            message: 'lenketitler («"…"» etter adressen) er ikke tillatt',
            hint: 'fjern tittelen; skriv det i lenketeksten',
          }),
        );
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const elementIssues = checkElement(node);
      issues.push(...elementIssues);
      if (elementIssues.length && !Object.hasOwn(allowedElements, node.name ?? '')) return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes, depth + 1);
  };
  visit(tree, 0);
  return issues;
}
